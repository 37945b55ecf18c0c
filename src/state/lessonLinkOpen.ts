import { pointFactsByCode } from '../data/pointCatalogue.ts';
import { lessonLinkParam } from '../lib/lessonLinkParam.ts';
import type { AtlasMessage } from '../i18n/messages.ts';
import type { LessonRefusal } from '../lib/studySchemas.ts';
import { useAtlasStore } from './store.ts';
import { useLessons } from './studyRecords.ts';

/**
 * Reads a lesson carried by the link (`?lesson=…`), keeps it with the user's lessons and opens it in the lessons
 * panel, ready to present; or says why it was refused. The parameter is taken out of the address at once, so a
 * reload does not copy the lesson again. Call before the URL sync starts.
 */
export function openLessonFromLink(): void {
  const params = new URLSearchParams(window.location.search);
  const value = params.get(lessonLinkParam);
  if (value === null) return;
  params.delete(lessonLinkParam);
  const rest = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${rest ? `?${rest.replaceAll('%2C', ',')}` : ''}${window.location.hash}`);
  void import('../lib/lessonLink.ts').then(({ decodeLessonLink }) => {
    const store = useAtlasStore.getState();
    const result = decodeLessonLink(value, new Set(pointFactsByCode.keys()));
    if (!result.ok) {
      store.setNotice(lessonRefusalNotice(result));
      return;
    }
    useLessons.getState().saveLesson(result.lesson);
    useAtlasStore.setState({ studyPanel: 'lessons', editingLessonId: result.lesson.id });
    store.setNotice({ kind: 'info', code: 'lessonOpened', params: { title: result.lesson.title, count: result.lesson.steps.length } });
  });
}

/** The notice that says why a lesson (link or file) was refused. */
export function lessonRefusalNotice(refusal: LessonRefusal): AtlasMessage {
  const { reason, ...params } = refusal;
  return { kind: 'error', code: `lessonRefused_${reason}`, params };
}
