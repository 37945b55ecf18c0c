import type { StateCreator } from 'zustand';
import { pointFactsByCode, pointIndex } from '../../data/pointCatalogue.ts';
import { bodyAssetsFor } from '../../lib/bodyAssetCache.ts';
import { gradeFind, gradeIsCorrect, gradeName } from '../../lib/grading.ts';
import { drawDistinct } from '../../lib/quiz.ts';
import { cardIdOf, isDueToday, newCardRecord, reviewCard } from '../../lib/scheduler.ts';
import { useCards, useLessons } from '../studyRecords.ts';
import { useUserData } from '../userData.ts';
import type { AtlasState, CameraRequest, DrillSlice } from '../types.ts';

export const initialDrillState = {
  drillFeedback: null,
  showCandidates: false,
} satisfies Partial<DrillSlice>;

/** Cards per review or drill round. */
const cardsPerRound = 20;
/** Numbered spots for "find" by keyboard are at least this far apart (metres), so each is a distinct place. */
const spotSpacing = 0.012;

const placeable = (code: string) => Boolean(pointFactsByCode.get(code)?.placement);

/** Spaced repetition over the quiz: decks, due cards, and each answer graded into its FSRS card. */
export const createDrillSlice: StateCreator<AtlasState, [], [], DrillSlice> = (set, get) => ({
  ...initialDrillState,
  deckCodes: (deck) => {
    switch (deck.kind) {
      case 'channel':
        return pointIndex.filter((p) => p.meridian === deck.channel && p.placement).map((p) => p.code);
      case 'region':
        return pointIndex.filter((p) => p.region === deck.region && p.placement).map((p) => p.code);
      case 'lesson':
        return [
          ...new Set(
            useLessons
              .getState()
              .lessons.find((l) => l.id === deck.lessonId)
              ?.steps.map((s) => s.code) ?? [],
          ),
        ].filter(placeable);
      case 'favourites':
        return useUserData.getState().data.favourites.filter(placeable);
      case 'missed':
        return [
          ...new Set(
            Object.values(useCards.getState().cards)
              .filter((c) => c.lastCorrect === false && (!deck.channel || pointFactsByCode.get(c.code)?.meridian === deck.channel))
              .map((c) => c.code),
          ),
        ].filter(placeable);
    }
  },
  startReview: (direction) => {
    const now = new Date();
    const due = Object.values(useCards.getState().cards)
      .filter((c) => c.direction === direction && isDueToday(c, now))
      .sort((a, b) => a.due.localeCompare(b.due))
      .slice(0, cardsPerRound)
      .map((c) => c.code);
    return get().startQuiz(direction, Math.random, { pool: due, drill: true, count: cardsPerRound });
  },
  startDrill: (deck, direction) => get().startQuiz(direction, Math.random, { pool: get().deckCodes(deck), drill: true, count: cardsPerRound }),
  recordDrillAnswer: (question, answer, elapsedMs) => {
    const now = new Date();
    const grade = answer.kind === 'find' ? gradeFind(answer.distanceCun) : gradeName(answer.correct, elapsedMs);
    const id = cardIdOf(answer.kind, question.code);
    const card = useCards.getState().cards[id] ?? newCardRecord(question.code, question.side, answer.kind, now);
    const next = reviewCard(
      card,
      {
        grade,
        correct: gradeIsCorrect(grade),
        side: answer.kind === 'find' ? answer.side : question.side,
        ...(answer.kind === 'find' ? { errorCun: answer.distanceCun } : {}),
      },
      now,
    );
    useCards.getState().saveCard(next);
    set({ drillFeedback: { grade, due: next.due } });
  },
  setShowCandidates: (on) => {
    const quiz = get().quiz;
    const q = quiz && !quiz.finished ? quiz.questions[quiz.index] : undefined;
    const assets = bodyAssetsFor(get().bodyId);
    if (!on || !quiz || quiz.kind !== 'find' || !q || !assets) return set({ showCandidates: false });
    let candidates = q.candidates;
    if (!candidates) {
      const own = assets.markers.find((m) => m.code === q.code && !m.alternative && (m.side === q.side || m.side === 'midline'));
      if (!own) return;
      const chosen = [own];
      const near = assets.markers
        .filter((m) => m.code !== q.code && !m.alternative && (m.side === own.side || m.side === 'midline'))
        .map((m) => ({ m, d: Math.hypot(m.position[0] - own.position[0], m.position[1] - own.position[1], m.position[2] - own.position[2]) }))
        .sort((a, b) => a.d - b.d);
      for (const { m } of near) {
        if (chosen.length === 4) break;
        if (chosen.every((c) => Math.hypot(c.position[0] - m.position[0], c.position[1] - m.position[1], c.position[2] - m.position[2]) >= spotSpacing))
          chosen.push(m);
      }
      candidates = drawDistinct(
        chosen.map((m) => m.id),
        4,
        Math.random,
      );
      const questions = quiz.questions.map((x, i) => (i === quiz.index ? { ...x, candidates } : x));
      set({ quiz: { ...quiz, questions } });
    }
    const request: CameraRequest = { kind: 'focus', markerIds: candidates, serial: (get().cameraRequest?.serial ?? 0) + 1 };
    set({ showCandidates: true, cameraRequest: request });
  },
  missedBody: () => {
    const quiz = get().quiz;
    const q = quiz && !quiz.finished ? quiz.questions[quiz.index] : undefined;
    if (quiz?.kind === 'find' && q && !q.answer) set({ notice: { kind: 'info', code: 'quizOffBody' } });
  },
});
