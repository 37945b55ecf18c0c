import { pointFactsByCode } from '../data/pointCatalogue.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { lessonFromCodes } from '../lib/lessons.ts';
import { useAtlasStore } from '../state/store.ts';
import { useLessons } from '../state/studyRecords.ts';
import { useUserData } from '../state/userData.ts';

/** "My points": the favourites as a list, to open one, drill them all, or make them a lesson. Loaded on demand. */
export default function FavouritesPanel() {
  const { t } = useStrings();
  const favourites = useUserData((s) => s.data.favourites);
  const ready = useAtlasStore((s) => s.modelStatus.state === 'ready' && s.webgl === 'ok');
  const open = (code: string) => {
    const s = useAtlasStore.getState();
    const chosen = s.selectPoint(code);
    if (chosen) s.focusPoint(chosen.code, chosen.side);
  };
  const drill = (direction: 'find' | 'name') => {
    if (useAtlasStore.getState().startDrill({ kind: 'favourites' }, direction)) useAtlasStore.getState().setStudyPanel(null);
  };
  const makeLesson = () => {
    const lesson = lessonFromCodes(t.favourites, [...favourites]);
    useLessons.getState().saveLesson(lesson);
    useAtlasStore.setState({ studyPanel: 'lessons', editingLessonId: lesson.id });
  };
  if (!favourites.length) return <p className="muted">{t.favouritesEmpty}</p>;
  return (
    <div className="favourites">
      <div className="study-actions">
        <button type="button" disabled={!ready} onClick={() => drill('find')}>
          {t.drillFind}
        </button>
        <button type="button" disabled={!ready} onClick={() => drill('name')}>
          {t.drillName}
        </button>
        <button type="button" onClick={makeLesson}>
          {t.makeLesson}
        </button>
      </div>
      <ul className="lesson-list" aria-label={t.favourites}>
        {favourites.map((code) => {
          const p = pointFactsByCode.get(code);
          return (
            <li key={code}>
              <button type="button" onClick={() => open(code)}>
                <strong>{code}</strong> {p?.names.pinyin} <span lang="zh-Hans">{p?.names.hanzi}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
