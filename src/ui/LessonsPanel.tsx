import { useMemo, useState } from 'react';
import { pointFactsByCode, pointIndex } from '../data/pointCatalogue.ts';
import { fillTemplate } from '../i18n/messages.ts';
import { downloadText } from './download.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { lessonFromCodes, lessonLimits, moveStep, removeStep, type Lesson, type LessonStep } from '../lib/lessons.ts';
import { lessonLinkParam } from '../lib/lessonLinkParam.ts';
import { PointSearch } from '../lib/search.ts';
import { lessonRefusalNotice } from '../state/lessonLinkOpen.ts';
import { useAtlasStore } from '../state/store.ts';
import { useLessons } from '../state/studyRecords.ts';
import { JsonFileButton } from './JsonFileButton.tsx';
import { useUserData } from '../state/userData.ts';

let search: PointSearch | null = null;

/** Lessons: the list, and the builder of the open one (steps, notes, views, link, file, present). */
export function LessonsPanel() {
  const editing = useAtlasStore((s) => s.editingLessonId);
  const lesson = useLessons((s) => s.lessons.find((l) => l.id === editing));
  return lesson ? <LessonEditor lesson={lesson} /> : <LessonList />;
}

function LessonList() {
  const { t, labels } = useStrings();
  const lessons = useLessons((s) => s.lessons);
  const saveLesson = useLessons((s) => s.saveLesson);
  const setEditing = useAtlasStore((s) => s.setEditingLesson);
  const setNotice = useAtlasStore((s) => s.setNotice);
  const channel = useAtlasStore((s) => s.channel ?? (s.selectedCode ? (pointFactsByCode.get(s.selectedCode)?.meridian ?? null) : null));
  const favourites = useUserData((s) => s.data.favourites);
  const create = (title: string, codes: string[]) => {
    const lesson = lessonFromCodes(title, codes);
    saveLesson(lesson);
    setEditing(lesson.id);
  };
  return (
    <div className="lessons">
      <div className="study-actions">
        {channel && (
          <button
            type="button"
            onClick={() =>
              create(
                labels.meridian[channel],
                pointIndex.filter((p) => p.meridian === channel && p.placement).map((p) => p.code),
              )
            }
          >
            {fillTemplate(t.newLessonFromChannel, { channel: labels.meridian[channel] })}
          </button>
        )}
        <button type="button" disabled={!favourites.length} onClick={() => create(t.favourites, [...favourites])}>
          {t.newLessonFromFavourites}
        </button>
        <button type="button" onClick={() => create(t.lessonUntitled, [])}>
          {t.newLessonEmpty}
        </button>
        <JsonFileButton
          label={t.importLesson}
          testId="lesson-file"
          onFile={async (_name, text) => {
            const { parseLessonFile } = await import('../lib/lessonLink.ts');
            const result = parseLessonFile(text, new Set(pointFactsByCode.keys()));
            if (!result.ok) return setNotice(lessonRefusalNotice(result));
            saveLesson(result.lesson);
            setEditing(result.lesson.id);
            setNotice({ kind: 'info', code: 'lessonImported', params: { title: result.lesson.title } });
          }}
        />
      </div>
      {lessons.length === 0 ? (
        <p className="muted">{t.noLessons}</p>
      ) : (
        <ul className="lesson-list">
          {lessons.map((l) => (
            <li key={l.id}>
              <button type="button" onClick={() => setEditing(l.id)}>
                <strong>{l.title || t.lessonUntitled}</strong> <span className="muted">{fillTemplate(t.lessonStepCount, { count: l.steps.length })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function LessonEditor({ lesson }: { lesson: Lesson }) {
  const { t, language } = useStrings();
  const saveLesson = useLessons((s) => s.saveLesson);
  const removeLesson = useLessons((s) => s.removeLesson);
  const setEditing = useAtlasStore((s) => s.setEditingLesson);
  const presentLesson = useAtlasStore((s) => s.presentLesson);
  const setNotice = useAtlasStore((s) => s.setNotice);
  const selectedCode = useAtlasStore((s) => s.selectedCode);
  const selectedSide = useAtlasStore((s) => s.selectedSide);
  const canPresent = useAtlasStore((s) => s.modelStatus.state === 'ready') && lesson.steps.length > 0;
  const [query, setQuery] = useState('');
  const results = useMemo(
    () => (query.trim() ? (search ??= new PointSearch(pointIndex.map((p) => ({ code: p.code, names: p.names })))).search(query, 20).map((r) => r.code) : []),
    [query],
  );

  const update = (patch: Partial<Lesson>) => saveLesson({ ...lesson, ...patch, updatedAt: new Date().toISOString() });
  const setSteps = (steps: LessonStep[]) => update({ steps: steps.slice(0, lessonLimits.steps) });
  const patchStep = (i: number, patch: Partial<LessonStep>) => setSteps(lesson.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const currentView = (): LessonStep['view'] => {
    const pose = useAtlasStore.getState().cameraPose;
    return pose ? [...pose.position, ...pose.target] : undefined;
  };
  const currentLayers = () => {
    const s = useAtlasStore.getState();
    return { meridians: s.showMeridians, ruler: s.showRuler, needle: s.showNeedle };
  };
  const addSelected = (withView: boolean) => {
    if (!selectedCode) return;
    const view = withView ? currentView() : undefined;
    setSteps([...lesson.steps, { code: selectedCode, ...(selectedSide ? { side: selectedSide } : {}), ...(view ? { view } : {}), layers: currentLayers() }]);
  };
  const copyLink = async () => {
    const { encodeLessonLink } = await import('../lib/lessonLink.ts');
    const url = `${window.location.origin}${window.location.pathname}?${lessonLinkParam}=${encodeLessonLink(lesson)}`;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // no clipboard (an insecure page, or refused): the notice shows the link to copy by hand
    }
    setNotice({ kind: 'info', code: 'lessonLinkCopied', params: { url } });
  };
  const download = async () => {
    const { formatLessonFile } = await import('../lib/lessonLink.ts');
    downloadText(`${(lesson.title || 'lesson').replace(/[^\p{L}\p{N}]+/gu, '-')}.lesson.json`, formatLessonFile(lesson));
  };

  return (
    <div className="lesson-editor">
      <button type="button" className="link-button" onClick={() => setEditing(null)}>
        ← {t.backToLessons}
      </button>
      <label className="field-label">
        {t.lessonTitle}
        <input type="text" value={lesson.title} maxLength={lessonLimits.title} onChange={(e) => update({ title: e.target.value })} />
      </label>
      <div className="study-actions">
        <button type="button" className="primary" disabled={!canPresent} onClick={() => presentLesson(lesson)}>
          ▶ {t.presentLesson}
        </button>
        <button type="button" disabled={!lesson.steps.length} onClick={() => void copyLink()}>
          {t.copyLessonLink}
        </button>
        <button type="button" disabled={!lesson.steps.length} onClick={() => void download()}>
          {t.downloadLesson}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            removeLesson(lesson.id);
            setEditing(null);
          }}
        >
          {t.deleteLesson}
        </button>
      </div>
      <h3>
        {t.lessonSteps} <span className="muted">{fillTemplate(t.lessonStepCount, { count: lesson.steps.length })}</span>
      </h3>
      <ol className="lesson-steps" aria-label={t.lessonSteps}>
        {lesson.steps.map((step, i) => {
          const p = pointFactsByCode.get(step.code);
          return (
            <li key={`${i}-${step.code}`} className="lesson-step">
              <div className="lesson-step__head">
                <span className="lesson-step__code">{step.code}</span>
                <span className="lesson-step__name">
                  {p?.names.pinyin} <span lang="zh-Hans">{p?.names.hanzi}</span>
                  {step.side && step.side !== 'midline' ? ` · ${t[`side_${step.side}`]}` : ''}
                  {step.view ? ` · ${t.stepHasView}` : ''}
                </span>
                <span className="lesson-step__tools">
                  <button type="button" aria-label={`${t.moveUp} ${step.code}`} disabled={i === 0} onClick={() => setSteps(moveStep(lesson.steps, i, -1))}>
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`${t.moveDown} ${step.code}`}
                    disabled={i === lesson.steps.length - 1}
                    onClick={() => setSteps(moveStep(lesson.steps, i, 1))}
                  >
                    ↓
                  </button>
                  <button type="button" aria-label={`${t.removeStep} ${step.code}`} onClick={() => setSteps(removeStep(lesson.steps, i))}>
                    ✕
                  </button>
                </span>
              </div>
              <textarea
                aria-label={`${t.teacherNote} ${step.code}`}
                placeholder={t.teacherNote}
                rows={2}
                maxLength={lessonLimits.note}
                value={step.note ?? ''}
                onChange={(e) => {
                  const { note: _old, ...rest } = step;
                  const note = e.target.value;
                  setSteps(lesson.steps.map((s, j) => (j === i ? (note ? { ...rest, note } : rest) : s)));
                }}
              />
              <button type="button" className="link-button" onClick={() => patchStep(i, { view: currentView() ?? step.view, layers: currentLayers() })}>
                {t.saveViewToStep}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="study-actions">
        <button type="button" disabled={!selectedCode} onClick={() => addSelected(false)}>
          + {t.addSelectedPoint}
          {selectedCode ? ` (${selectedCode})` : ''}
        </button>
        <button type="button" disabled={!selectedCode} onClick={() => addSelected(true)}>
          + {t.addSelectedWithView}
        </button>
      </div>
      <label className="field-label">
        {t.addFromSearch}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t.searchPlaceholder} lang={language} />
      </label>
      {results.length > 0 && (
        <div className="study-actions">
          <button type="button" onClick={() => setSteps([...lesson.steps, ...results.map((code) => ({ code }))])}>
            + {fillTemplate(t.addAllResults, { count: results.length })}
          </button>
          {results.slice(0, 8).map((code) => (
            <button key={code} type="button" onClick={() => setSteps([...lesson.steps, { code }])}>
              + {code}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
