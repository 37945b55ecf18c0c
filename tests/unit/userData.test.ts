import { describe, expect, it } from 'vitest';
import {
  changesBetween,
  emptyUserData,
  noChanges,
  patchStoredUserData,
  planImport,
  readUserData,
  readUserDataFile,
  userDataLimits,
  type QuizRecord,
  type UserData,
} from '../../src/lib/userDataModel.ts';

const known = new Set(['KI1', 'LI4', 'ST36', 'GV20']);
const round = (i: number): QuizRecord => ({
  at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  kind: 'find',
  score: 5,
  total: 10,
  meanErrorCun: 1.5,
});
const data = (over: Partial<UserData>): UserData => ({ ...emptyUserData, ...over });

describe('reading user data record by record', () => {
  it('keeps every valid record and sets aside each invalid one with its problem', () => {
    const read = readUserData(
      {
        app: 'acupoint-atlas',
        schemaVersion: 1,
        notes: { KI1: 'press first', ZZ9: 'gone point', LI4: 'x'.repeat(userDataLimits.noteChars + 1), ST36: 42 },
        favourites: ['KI1', 'ZZ9', 7, 'KI1'],
        quizHistory: [round(1), { at: 'yesterday', kind: 'find', score: 1, total: 10 }, round(2)],
      },
      known,
    );
    expect(read.data.notes).toEqual({ KI1: 'press first' });
    expect(read.data.favourites).toEqual(['KI1']);
    expect(read.data.quizHistory).toHaveLength(2);
    expect(read.setAside.map((r) => `${r.where}:${r.key}:${r.problem}`).sort()).toEqual(
      [
        'notes:ZZ9:unknownPoint',
        'notes:LI4:tooLong',
        'notes:ST36:notText',
        'favourites:1:unknownPoint',
        'favourites:2:malformed',
        'quizHistory:1:malformed',
      ].sort(),
    );
  });

  it('reads data of a newer version as far as it understands it', () => {
    const read = readUserData(
      {
        app: 'acupoint-atlas',
        schemaVersion: 2,
        notes: { KI1: 'kept', LI4: { text: 'new shape' } },
        favourites: ['GV20'],
        quizHistory: [{ ...round(1), streak: 3 }],
        tags: ['x'],
      },
      known,
    );
    expect(read.newer).toBe(true);
    expect(read.version).toBe(2);
    expect(read.data.notes).toEqual({ KI1: 'kept' });
    expect(read.data.favourites).toEqual(['GV20']);
    expect(read.data.quizHistory[0]).toEqual(round(1)); // fields it does not know are not carried into memory
    expect(read.setAside.map((r) => r.key)).toEqual(['LI4']);
  });

  it('migrates data that carried no version', () => {
    const read = readUserData({ notes: { KI1: 'old' }, favourites: [], quizHistory: [] }, known);
    expect(read.data.notes).toEqual({ KI1: 'old' });
    expect(read.data.schemaVersion).toBe(1);
  });

  it('keeps the quiz history as a rolling window, newest kept', () => {
    const read = readUserData(
      { app: 'acupoint-atlas', schemaVersion: 1, notes: { KI1: 'still here' }, favourites: [], quizHistory: Array.from({ length: 5000 }, (_, i) => round(i)) },
      known,
    );
    expect(read.data.quizHistory).toHaveLength(userDataLimits.quizWindow);
    expect(read.data.quizHistory.at(-1)).toEqual(round(4999));
    expect(read.beyondWindow).toBe(5000 - userDataLimits.quizWindow);
    expect(read.data.notes.KI1).toBe('still here');
  });

  it('leaves prototype keys inert', () => {
    const read = readUserData(
      JSON.parse(
        '{"app":"acupoint-atlas","schemaVersion":1,"notes":{"__proto__":{"polluted":true},"constructor":"x","KI1":"ok"},"favourites":["__proto__"],"quizHistory":[]}',
      ),
      known,
    );
    expect(read.data.notes).toEqual({ KI1: 'ok' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(read.data.notes)).toBe(Object.prototype);
  });

  it('refuses a whole file only when it is not an atlas file', () => {
    expect(readUserDataFile('{ not json', known)).toEqual({ ok: false, problem: 'notJson' });
    expect(readUserDataFile('{"app":"other"}', known)).toEqual({ ok: false, problem: 'notOurs' });
    const ok = readUserDataFile(
      JSON.stringify({ app: 'acupoint-atlas', schemaVersion: 1, notes: { ZZ9: 'x', KI1: 'y' }, favourites: [], quizHistory: [] }),
      known,
    );
    expect(ok.ok && ok.read.data.notes).toEqual({ KI1: 'y' });
  });
});

describe('writing: this tab’s records into what is stored now', () => {
  it('merges per record with another tab’s write and keeps what it does not understand', () => {
    const storedByOtherTab = {
      app: 'acupoint-atlas',
      schemaVersion: 2,
      notes: { LI4: 'other tab', ZZ9: 'unknown point', KI1: 'old' },
      favourites: ['GV20', 99],
      quizHistory: [round(1), { broken: true }],
      tags: ['future'],
    };
    const memory = data({ notes: { KI1: 'this tab' }, favourites: ['KI1'], quizHistory: [round(2)] });
    const changes = noChanges();
    changes.notes.add('KI1');
    changes.favourites.add('KI1');
    changes.quiz.push(round(2));
    const out = patchStoredUserData(storedByOtherTab, memory, changes);
    expect(out.notes).toEqual({ LI4: 'other tab', ZZ9: 'unknown point', KI1: 'this tab' });
    expect(out.favourites).toEqual(['GV20', 99, 'KI1']);
    expect(out.quizHistory).toEqual([{ broken: true }, round(1), round(2)]);
    expect(out.tags).toEqual(['future']);
    expect(out.schemaVersion).toBe(2);
  });

  it('deletes a note only when this tab emptied it', () => {
    const changes = noChanges();
    changes.notes.add('KI1');
    const out = patchStoredUserData(
      { app: 'acupoint-atlas', schemaVersion: 1, notes: { KI1: 'a', LI4: 'b' }, favourites: [], quizHistory: [] },
      data({}),
      changes,
    );
    expect(out.notes).toEqual({ LI4: 'b' });
  });

  it('never grows the quiz history past the window', () => {
    const changes = noChanges();
    changes.quiz.push(round(99_999));
    const out = patchStoredUserData(
      { app: 'acupoint-atlas', schemaVersion: 1, notes: {}, favourites: [], quizHistory: Array.from({ length: 1000 }, (_, i) => round(i)) },
      data({}),
      changes,
    );
    expect(out.quizHistory).toHaveLength(userDataLimits.quizWindow);
    expect((out.quizHistory as QuizRecord[]).at(-1)).toEqual(round(99_999));
  });

  it('writes over unreadable stored JSON from scratch', () => {
    const changes = noChanges();
    changes.notes.add('KI1');
    expect(patchStoredUserData('garbage', data({ notes: { KI1: 'x' } }), changes)).toMatchObject({
      app: 'acupoint-atlas',
      schemaVersion: 1,
      notes: { KI1: 'x' },
    });
  });
});

describe('imports', () => {
  const current = data({ notes: { KI1: 'my long note on KI1', LI4: 'short' }, favourites: ['KI1'], quizHistory: [round(1)] });
  const incoming = data({ notes: { KI1: '', LI4: 'a longer note for LI4', ST36: 'new' }, favourites: ['KI1', 'GV20'], quizHistory: [round(1), round(2)] });

  it('Merge adds, keeps the longer note, and never erases with an empty one', () => {
    const plan = planImport(current, incoming, 'merge');
    expect(plan.data.notes).toEqual({ KI1: 'my long note on KI1', LI4: 'a longer note for LI4', ST36: 'new' });
    expect(plan.data.favourites).toEqual(['KI1', 'GV20']);
    expect(plan.data.quizHistory).toEqual([round(1), round(2)]);
    expect([plan.notesAdded, plan.notesReplaced, plan.favouritesAdded, plan.quizAdded, plan.removed]).toEqual([1, 1, 1, 1, 0]);
  });

  it('Replace takes the file and counts what goes', () => {
    const plan = planImport(current, incoming, 'replace');
    expect(plan.data.notes).toEqual({ LI4: 'a longer note for LI4', ST36: 'new' });
    expect(plan.removed).toBe(1);
  });

  it('an import and its undo are written as record changes', () => {
    const after = planImport(current, incoming, 'merge').data;
    const changes = changesBetween(current, after);
    expect([...changes.notes].sort()).toEqual(['LI4', 'ST36']);
    expect([...changes.favourites]).toEqual(['GV20']);
    const undo = patchStoredUserData(patchStoredUserData(current, after, changes), current, changesBetween(after, current));
    expect(readUserData(undo, known).data).toEqual(current);
  });
});
