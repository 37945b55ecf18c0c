import type { StateCreator } from 'zustand';
import type { ResolvedPoint } from '../../anatomy/resolvePoint.ts';
import { pointFactsByCode, pointIndex } from '../../data/pointCatalogue.ts';
import { bodyAssetsFor } from '../../lib/bodyAssetCache.ts';
import { drawDistinct, nameChoices, questionsPerRound, scoreFind } from '../../lib/quiz.ts';
import { pointPasses } from '../selectors.ts';
import type { AtlasState, QuizAnswer, QuizQuestion, QuizSlice } from '../types.ts';
import { useUserData } from '../userData.ts';

const channelOf = (code: string) => pointFactsByCode.get(code)?.meridian ?? '';

export const initialQuizState = { quiz: null } satisfies Partial<QuizSlice>;

/** The quiz: questions, answers and the score; the scene shows the feedback, the DOM the question. */
export const createQuizSlice: StateCreator<AtlasState, [], [], QuizSlice> = (set, get) => {
  const current = () => {
    const quiz = get().quiz;
    return quiz && !quiz.finished ? quiz.questions[quiz.index] : undefined;
  };
  const withAnswer = (answer: QuizAnswer) => {
    const quiz = get().quiz!;
    const questions = quiz.questions.map((q, i) => (i === quiz.index ? { ...q, answer } : q));
    set({ quiz: { ...quiz, questions } });
    const q = quiz.questions[quiz.index];
    if (quiz.drill && q) get().recordDrillAnswer(q, answer, Date.now() - (quiz.askedAt ?? Date.now()));
  };
  // "Name it" shows the point: the quiz asks the camera to face it.
  const show = (q: QuizQuestion) => get().focusPoint(q.code, q.side);

  return {
    ...initialQuizState,
    startQuiz: (kind, random = Math.random, options = {}) => {
      const s = get();
      if (s.modelStatus.state !== 'ready') {
        set({ notice: { kind: 'error', code: 'quizNeedsBody' } });
        return false;
      }
      const pool = options.pool
        ? options.pool.filter((c) => pointFactsByCode.get(c)?.placement)
        : pointIndex.filter((p) => p.placement && pointPasses(p, s.filters, s.channel)).map((p) => p.code);
      // A drill may be one card: its "name" choices come from the whole atlas.
      const choicePool = options.pool ? pointIndex.filter((p) => p.placement).map((p) => p.code) : pool;
      if (options.pool && !pool.length) {
        set({ notice: { kind: 'info', code: 'drillEmpty' } });
        return false;
      }
      if (!options.pool && pool.length < 4) {
        set({ notice: { kind: 'error', code: 'quizTooFew', params: { needed: 4 } } });
        return false;
      }
      const questions: QuizQuestion[] = drawDistinct(pool, options.count ?? questionsPerRound, random).map((code) => {
        const laterality = pointFactsByCode.get(code)?.laterality;
        return {
          code,
          side: laterality === 'bilateral' ? (random() < 0.5 ? 'left' : 'right') : laterality === 'left' || laterality === 'right' ? laterality : 'midline',
          choices: kind === 'name' ? nameChoices(code, choicePool, channelOf, random) : [],
        };
      });
      set({
        quiz: { kind, questions, index: 0, finished: false, askedAt: Date.now(), ...(options.drill ? { drill: true } : {}) },
        mode: 'quiz',
        selectedCode: null,
        selectedSide: null,
        notice: null,
        drillFeedback: null,
        showCandidates: false,
      });
      if (kind === 'name') show(questions[0]!);
      return true;
    },
    answerFind: (click) => {
      const q = current();
      const s = get();
      if (!q || q.answer || s.quiz?.kind !== 'find') return;
      const assets = bodyAssetsFor(s.bodyId);
      if (!assets) return;
      // Either side counts: the nearest marker of the asked point is the one the student meant.
      let best: { marker: ResolvedPoint; d: number } | null = null;
      for (const m of assets.markers) {
        if (m.code !== q.code || m.alternative) continue;
        const d = Math.hypot(m.position[0] - click[0], m.position[1] - click[1], m.position[2] - click[2]);
        if (!best || d < best.d) best = { marker: m, d };
      }
      if (!best) return;
      const cunLength = assets.resolver.traceOf(q.code, best.marker.side).cunLength;
      const scored = scoreFind(best.d, cunLength);
      withAnswer({ kind: 'find', click, markerId: best.marker.id, side: best.marker.side, ...scored });
    },
    answerName: (code) => {
      const q = current();
      if (!q || q.answer || get().quiz?.kind !== 'name') return;
      withAnswer({ kind: 'name', chosen: code, correct: code === q.code });
    },
    nextQuestion: () => {
      const quiz = get().quiz;
      if (!quiz || quiz.finished) return;
      if (quiz.index + 1 >= quiz.questions.length) {
        const answers = quiz.questions.map((q) => q.answer);
        const score = answers.filter((a) => a?.correct).length;
        const finds = answers.filter((a): a is Extract<QuizAnswer, { kind: 'find' }> => a?.kind === 'find');
        useUserData.getState().addQuizRecord({
          at: new Date().toISOString(),
          kind: quiz.kind,
          score,
          total: quiz.questions.length,
          ...(finds.length ? { meanErrorCun: finds.reduce((t, a) => t + a.distanceCun, 0) / finds.length } : {}),
        });
        set({ quiz: { ...quiz, finished: true } });
        return;
      }
      const next = { ...quiz, index: quiz.index + 1, askedAt: Date.now() };
      set({ quiz: next, drillFeedback: null, showCandidates: false });
      if (quiz.kind === 'name') show(next.questions[next.index]!);
    },
    quitQuiz: () => set({ quiz: null, mode: 'explore' }),
  };
};
