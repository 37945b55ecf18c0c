import type { StoreApi } from 'zustand';
import type { Vec3 } from '../anatomy/landmarks.ts';
import { markerIdFor, type MarkerSide, type ResolvedPoint } from '../anatomy/resolvePoint.ts';
import { catalogue, pointByCode } from '../data/atlasCatalogue.ts';
import { bodyAssetsFor } from '../lib/bodyAssets.ts';
import { drawDistinct, nameChoices, questionsPerRound, scoreFind } from '../lib/quiz.ts';
import { pointPasses } from './selectors.ts';
import type { AtlasState } from './store.ts';
import { useUserData } from './userData.ts';

export type QuizKind = 'find' | 'name';

export type QuizAnswer =
  | { readonly kind: 'find'; readonly click: Vec3; readonly markerId: string; readonly side: MarkerSide; readonly distanceCun: number; readonly correct: boolean }
  | { readonly kind: 'name'; readonly chosen: string; readonly correct: boolean };

export interface QuizQuestion {
  readonly code: string;
  /** the side shown for a "name" question */
  readonly side: MarkerSide;
  /** four codes for a "name" question */
  readonly choices: readonly string[];
  readonly answer?: QuizAnswer;
}

export interface QuizState {
  readonly kind: QuizKind;
  readonly questions: readonly QuizQuestion[];
  readonly index: number;
  readonly finished: boolean;
}

export interface QuizSlice {
  quiz: QuizState | null;
  /** Starts a round of ten from the points the filters show. Returns false (with a notice) when it cannot. */
  startQuiz: (kind: QuizKind, random?: () => number) => boolean;
  /** A click on the skin during a "find" question. */
  answerFind: (click: Vec3) => void;
  answerName: (code: string) => void;
  nextQuestion: () => void;
  quitQuiz: () => void;
}

const channelOf = (code: string) => pointByCode.get(code)?.meridian ?? '';

/** The quiz: questions, answers and the score; the scene shows the feedback, the DOM the question. */
export function createQuizSlice(set: StoreApi<AtlasState>['setState'], get: StoreApi<AtlasState>['getState']): QuizSlice {
  const current = () => {
    const quiz = get().quiz;
    return quiz && !quiz.finished ? quiz.questions[quiz.index] : undefined;
  };
  const withAnswer = (answer: QuizAnswer) => {
    const quiz = get().quiz!;
    const questions = quiz.questions.map((q, i) => (i === quiz.index ? { ...q, answer } : q));
    set({ quiz: { ...quiz, questions } });
  };
  const focus = (q: QuizQuestion) => set((s) => ({ cameraRequest: { kind: 'focus', markerId: markerIdFor(q.code, q.side), nonce: (s.cameraRequest?.nonce ?? 0) + 1 } }));

  return {
    quiz: null,
    startQuiz: (kind, random = Math.random) => {
      const s = get();
      if (s.modelStatus.state !== 'ready') {
        set({ notice: { kind: 'error', text: 'The quiz needs the 3D body, which is not loaded.' } });
        return false;
      }
      const pool = catalogue.filter((p) => p.placement && pointPasses(p, s.filters, s.channel)).map((p) => p.code);
      if (pool.length < 4) {
        set({ notice: { kind: 'error', text: 'Too few points match the filters for a quiz (at least 4 are needed).' } });
        return false;
      }
      const questions: QuizQuestion[] = drawDistinct(pool, questionsPerRound, random).map((code) => {
        const laterality = pointByCode.get(code)?.laterality;
        return {
          code,
          side: laterality === 'bilateral' ? (random() < 0.5 ? 'left' : 'right') : laterality === 'left' || laterality === 'right' ? laterality : 'midline',
          choices: kind === 'name' ? nameChoices(code, pool, channelOf, random) : [],
        };
      });
      set({ quiz: { kind, questions, index: 0, finished: false }, mode: 'quiz', selectedCode: null, selectedSide: null, notice: null });
      if (kind === 'name') focus(questions[0]!);
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
      const next = { ...quiz, index: quiz.index + 1 };
      set({ quiz: next });
      if (quiz.kind === 'name') focus(next.questions[next.index]!);
    },
    quitQuiz: () => set({ quiz: null, mode: 'explore' }),
  };
}
