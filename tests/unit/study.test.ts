import { describe, expect, it } from 'vitest';
import { findGradeBounds, gradeFind, gradeName } from '../../src/lib/grading.ts';
import { decodeLessonLink, encodeLessonLink, formatLessonFile, parseLessonFile } from '../../src/lib/lessonLink.ts';
import { lessonFromCodes, moveStep, removeStep, type Lesson } from '../../src/lib/lessons.ts';
import { isDueToday, newCardRecord, reviewCard, statsBy } from '../../src/lib/scheduler.ts';
import { scoreFind } from '../../src/lib/quiz.ts';

const known = new Set(['LI4', 'LR3', 'ST36', 'PC6', 'HT5']);
const fixedNow = new Date('2026-03-02T09:00:00Z');

describe('scheduler wiring (FSRS, fixed clock)', () => {
  it('brings a card back sooner after a wrong answer than after a right one', () => {
    const card = newCardRecord('ST36', 'left', 'find', fixedNow);
    expect(isDueToday(card, fixedNow)).toBe(true);
    const wrong = reviewCard(card, { grade: 1, correct: false, errorCun: 3 }, fixedNow);
    const right = reviewCard(card, { grade: 3, correct: true, errorCun: 0.3 }, fixedNow);
    expect(new Date(wrong.due).getTime()).toBeLessThan(new Date(right.due).getTime());
    // And again on a card that is already learned: a lapse comes back within the day, a success days later.
    let learned = card;
    let t = fixedNow;
    for (let i = 0; i < 4; i++) {
      learned = reviewCard(learned, { grade: 3, correct: true }, t);
      t = new Date(learned.due);
    }
    const lapse = reviewCard(learned, { grade: 1, correct: false }, t);
    const pass = reviewCard(learned, { grade: 3, correct: true }, t);
    expect(new Date(lapse.due).getTime() - t.getTime()).toBeLessThan(86_400_000);
    expect(new Date(pass.due).getTime() - t.getTime()).toBeGreaterThan(2 * 86_400_000);
    expect(lapse.lapses).toBe(learned.lapses + 1);
  });
  it('is deterministic and keeps running totals', () => {
    const card = newCardRecord('LI4', 'right', 'name', fixedNow);
    const a = reviewCard(card, { grade: 3, correct: true }, fixedNow);
    const b = reviewCard(card, { grade: 3, correct: true }, fixedNow);
    expect(a).toEqual(b);
    const c = reviewCard(a, { grade: 1, correct: false, errorCun: 2 }, new Date(a.due));
    expect([c.answered, c.correct, c.finds, c.errorCunSum, c.lastCorrect]).toEqual([2, 1, 1, 2, false]);
  });
  it('counts due, learned, accuracy and mean error per channel', () => {
    const s = reviewCard(newCardRecord('ST36', 'left', 'find', fixedNow), { grade: 2, correct: true, errorCun: 0.8 }, fixedNow);
    const stats = statsBy([s, newCardRecord('LI4', 'left', 'find', fixedNow)], (c) => c.replace(/\d+$/, ''), fixedNow, ['ST', 'LI', 'LU']);
    expect(stats.get('ST')).toMatchObject({ cards: 1, accuracy: 1, meanErrorCun: 0.8 });
    expect(stats.get('LI')).toMatchObject({ cards: 1, due: 1, accuracy: null });
    expect(stats.get('LU')?.cards).toBe(0);
  });
});

describe('grading', () => {
  it('grades "find" by the error in cun', () => {
    // 1 cun = 25 mm here: 5 mm is 0.2 cun (easy), 12 mm 0.48 (good), 20 mm 0.8 (hard), 40 mm 1.6 (again).
    const cun = 0.025;
    expect([0.005, 0.012, 0.02, 0.04].map((d) => gradeFind(scoreFind(d, cun).distanceCun))).toEqual([4, 3, 2, 1]);
    expect(gradeFind(findGradeBounds.good)).toBe(3);
    expect(gradeFind(Number.NaN)).toBe(1);
  });
  it('grades "name" by correctness, then speed', () => {
    expect(gradeName(false, 500)).toBe(1);
    expect(gradeName(true, 2000)).toBe(4);
    expect(gradeName(true, 8000)).toBe(3);
    expect(gradeName(true, 30_000)).toBe(2);
  });
});

describe('lessons', () => {
  const lesson: Lesson = {
    ...lessonFromCodes('Four Gates 四关', ['LI4', 'LR3', 'ST36'], fixedNow),
    steps: [
      { code: 'LI4', side: 'left', note: 'Between the 1st and 2nd metacarpals — not in pregnancy.', layers: { needle: true, ruler: false } },
      { code: 'LR3', side: 'right', view: [0.1, 0.2, 1.2, 0, 0.1, 0] },
      { code: 'ST36' },
    ],
  };
  it('round-trips through a link', () => {
    const value = encodeLessonLink(lesson);
    expect(value).toMatch(/^[A-Za-z0-9+\-$]+$/);
    const back = decodeLessonLink(value, known, fixedNow);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.lesson.title).toBe(lesson.title);
      expect(back.lesson.steps).toEqual(lesson.steps);
    }
  });
  it('refuses a broken or foreign link with a reason', () => {
    expect(decodeLessonLink('garbage!!', known)).toMatchObject({ ok: false });
    const bad = decodeLessonLink(encodeLessonLink({ ...lesson, steps: [{ code: 'XX99' }] }), known);
    expect(bad).toMatchObject({ ok: false, reason: 'unknownPoints', codes: 'XX99' });
  });
  it('round-trips through a file and refuses malformed files with a reason', () => {
    expect(parseLessonFile(formatLessonFile(lesson), known)).toEqual({ ok: true, lesson });
    expect(parseLessonFile('{', known)).toMatchObject({ reason: 'notJson' });
    expect(parseLessonFile('{"app":"other"}', known)).toMatchObject({ reason: 'notLesson' });
    expect(parseLessonFile(JSON.stringify({ app: 'acupoint-atlas', kind: 'lesson', schemaVersion: 9 }), known)).toMatchObject({
      reason: 'version',
      found: '9',
    });
    const noSteps = formatLessonFile({ ...lesson, steps: [] });
    expect(parseLessonFile(noSteps, known)).toMatchObject({ reason: 'malformed', at: 'lesson.steps' });
  });
  it('reorders and removes steps', () => {
    expect(moveStep(lesson.steps, 0, 1).map((s) => s.code)).toEqual(['LR3', 'LI4', 'ST36']);
    expect(moveStep(lesson.steps, 2, 5).map((s) => s.code)).toEqual(['LI4', 'LR3', 'ST36']);
    expect(removeStep(lesson.steps, 1).map((s) => s.code)).toEqual(['LI4', 'ST36']);
  });
});

import { overlappingPairs, placeLabels } from '../../src/lib/labelPlacement.ts';

describe('label collision pass', () => {
  it('keeps the first label, moves or drops the ones that would overlap', () => {
    const box = (id: string, left: number, top: number, rank: number) => ({ id, rank, rect: { left, top, width: 40, height: 20 } });
    const labels = [
      box('LI4', 100, 100, 0),
      box('LI3', 105, 104, 1),
      box('LI2', 102, 98, 2),
      box('LI1', 101, 101, 3),
      box('LI5', 98, 100, 4),
      box('LI11', 400, 400, 5),
    ];
    const needle = { left: 300, top: 300, width: 10, height: 10 };
    const placed = placeLabels(labels, [needle], { left: 0, top: 0, width: 800, height: 600 });
    expect(placed.get('LI4')).toEqual({ dx: 0, dy: 0 });
    expect(placed.get('LI11')).toEqual({ dx: 0, dy: 0 });
    const shown = labels.flatMap((l) => {
      const p = placed.get(l.id);
      return p ? [{ id: l.id, left: l.rect.left + p.dx, top: l.rect.top + p.dy, width: 40, height: 20 }] : [];
    });
    expect(overlappingPairs([...shown, { id: 'needle', ...needle }])).toEqual([]);
    expect(placed.get('LI5')).toBeNull(); // four places around the marker are taken
  });
});
