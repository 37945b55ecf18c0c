import type { StateCreator } from 'zustand';
import { clampStep } from '../../lib/lessons.ts';
import type { AtlasState, LessonSlice } from '../types.ts';

export const initialLessonState = {
  studyPanel: null,
  editingLessonId: null,
  lessonRun: null,
  blackout: false,
} satisfies Partial<LessonSlice>;

/** Running a lesson: each step selects its point, asks the camera for the saved view (or to face the point) and sets its layers. */
export const createLessonSlice: StateCreator<AtlasState, [], [], LessonSlice> = (set, get) => {
  const show = (index: number) => {
    const run = get().lessonRun;
    if (!run) return;
    const i = clampStep(run.lesson, index);
    const step = run.lesson.steps[i];
    if (!step) return;
    set({ lessonRun: { ...run, index: i, serial: run.serial + 1 }, blackout: false });
    const chosen = get().selectPoint(step.code, step.side ? { side: step.side } : {});
    if (!chosen) return;
    if (step.view) get().requestPose([step.view[0], step.view[1], step.view[2]], [step.view[3], step.view[4], step.view[5]]);
    else get().focusPoint(chosen.code, chosen.side);
    const layers = step.layers;
    if (layers?.meridians !== undefined) get().setLayer('showMeridians', layers.meridians);
    if (layers?.ruler !== undefined) get().setLayer('showRuler', layers.ruler);
    if (layers?.needle !== undefined) get().setLayer('showNeedle', layers.needle);
  };
  return {
    ...initialLessonState,
    setStudyPanel: (studyPanel) => set({ studyPanel }),
    setEditingLesson: (editingLessonId) => set({ editingLessonId }),
    presentLesson: (lesson, index = 0) => {
      if (!lesson.steps.length) return;
      // The followed channel would hide the other points of a lesson that crosses channels.
      set({ lessonRun: { lesson, index: 0, serial: get().lessonRun?.serial ?? 0 }, mode: 'present', quiz: null, channel: null, studyPanel: null });
      show(index);
    },
    stepLesson: (delta) => {
      const run = get().lessonRun;
      if (!run) return;
      const next = clampStep(run.lesson, run.index + delta);
      if (next !== run.index) show(next);
    },
    goToStep: (index) => show(index),
    endLesson: () => set({ lessonRun: null, blackout: false }),
    setBlackout: (blackout) => set({ blackout }),
  };
};
