import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/data/catalogueSource.ts';
import { foldPinyin, PointSearch } from '../../src/lib/search.ts';

const search = new PointSearch(catalogue);
const first = (q: string) => search.search(q)[0]?.code;

describe('search in every spelling', () => {
  it('folds pinyin tones, ü and spaces', () => {
    expect(foldPinyin('Yǒngquán')).toBe('yongquan');
    expect(foldPinyin('yong quan')).toBe('yongquan');
    expect(foldPinyin('Lǜ')).toBe(foldPinyin('lv'));
  });

  it.each([
    ['KI1', 'KI1'],
    ['KI-1', 'KI1'],
    ['kid 1', 'KI1'],
    ['K1', 'KI1'],
    ['R1', 'KI1'],
    ['SJ5', 'TE5'],
    ['Liv3', 'LR3'],
    ['UB40', 'BL40'],
    ['Du20', 'GV20'],
    ['Ren12', 'CV12'],
    ['Yǒngquán', 'KI1'],
    ['yongquan', 'KI1'],
    ['yong quan', 'KI1'],
    ['涌泉', 'KI1'],
    ['Gushing Spring', 'KI1'],
    ['hegu', 'LI4'],
    ['Union Valley', 'LI4'],
    ['zusanli', 'ST36'],
    ['sanyinjiao', 'SP6'],
  ])('%s finds %s first', (q, code) => {
    expect(first(q)).toBe(code);
  });

  it('finds points by words of their location', () => {
    expect(search.search('metacarpal').map((r) => r.code)).toContain('LI4');
  });

  it('returns nothing for nonsense', () => {
    expect(search.search('qqqzzzxx')).toEqual([]);
  });
});
