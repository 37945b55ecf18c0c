import { beforeEach, describe, expect, it } from 'vitest';
import { loadPointTexts } from '../../src/data/pointCatalogue.ts';
import { resetAtlasStore, useAtlasStore } from '../../src/state/store.ts';

const store = () => useAtlasStore.getState();

describe('the store', () => {
  // Each test starts from the first state, as the zustand testing guide does.
  beforeEach(() => resetAtlasStore());

  it('selects without moving the camera; focusing is a separate request', () => {
    expect(store().selectPoint('KI1', { side: 'right' })).toEqual({ code: 'KI1', side: 'right' });
    expect(store().selectedCode).toBe('KI1');
    expect(store().cameraRequest).toBeNull();
    store().focusPoint('KI1', 'right');
    expect(store().cameraRequest).toMatchObject({ kind: 'focus', markerIds: ['KI1-R'] });
  });

  it('focuses a group point on all its members on that side (EX-UE9 Baxie)', () => {
    const chosen = store().selectPoint('EX-UE9')!;
    store().focusPoint(chosen.code, chosen.side);
    expect(store().cameraRequest).toMatchObject({ kind: 'focus', markerIds: ['EX-UE9-1-L', 'EX-UE9-2-L', 'EX-UE9-3-L', 'EX-UE9-4-L'] });
  });

  it('gives midline and one-sided points their own side', () => {
    expect(store().selectPoint('GV20', { side: 'left' })?.side).toBe('midline');
    expect(store().selectPoint('EX-HN12')?.side).toBe('left');
    expect(store().selectPoint('EX-HN13')?.side).toBe('right');
  });

  it('refuses an unknown code with a message code, not words', () => {
    expect(store().selectPoint('XX99')).toBeNull();
    expect(store().notice).toEqual({ kind: 'error', code: 'unknownPoint', params: { code: 'XX99' } });
    expect(store().selectedCode).toBeNull();
  });

  it('numbers camera requests so the same preset twice still moves the camera', () => {
    store().requestView('back');
    const first = store().cameraRequest!;
    store().requestView('back');
    expect(store().cameraRequest!.serial).toBe(first.serial + 1);
  });

  it('starts from a clean state after a reset', () => {
    store().setChannel('LU');
    store().toggleFilter('regions', 'hand');
    resetAtlasStore();
    expect(store().channel).toBeNull();
    expect(store().filters.regions).toEqual([]);
  });

  it('loads the texts of the current language and says when they are here', async () => {
    await loadPointTexts('en');
    await store().ensurePointTexts();
    expect(store().loadedTextLanguages).toContain('en');
  });
});

describe('point texts in a language that arrives late', () => {
  it('joins the point again once the language texts are here, not keeping the English stand-in', async () => {
    const { pointRecord } = await import('../../src/data/pointCatalogue.ts');
    await loadPointTexts('en');
    // zh-Hant is not loaded in this test file yet: the record stands in in English…
    const before = pointRecord('ST36', 'zh-Hant');
    expect(before?.language).toBe('en');
    await loadPointTexts('zh-Hant');
    // …and is Chinese once its chunk has arrived.
    expect(pointRecord('ST36', 'zh-Hant')?.language).toBe('zh-Hant');
    expect(pointRecord('ST36', 'zh-Hant')?.location).toMatch(/\p{Script=Han}/u);
  });
});
