import { describe, expect, it } from 'vitest';
import { canonicalPointCode, whoCodesFor } from '../../src/data/codeSynonyms.ts';

describe('point code spellings', () => {
  it.each([
    ['KI1', 'KI1'],
    ['KI-1', 'KI1'],
    ['ki 1', 'KI1'],
    ['Kid1', 'KI1'],
    ['kid-1', 'KI1'],
    ['KD1', 'KI1'],
    ['K1', 'KI1'],
    ['R1', 'KI1'],
    ['SJ5', 'TE5'],
    ['TB5', 'TE5'],
    ['TH5', 'TE5'],
    ['Liv3', 'LR3'],
    ['LV3', 'LR3'],
    ['F3', 'LR3'],
    ['UB40', 'BL40'],
    ['V40', 'BL40'],
    ['B40', 'BL40'],
    ['Du20', 'GV20'],
    ['Du 14', 'GV14'],
    ['Ren12', 'CV12'],
    ['RN12', 'CV12'],
    ['L.I.4', 'LI4'],
    ['Co4', 'LI4'],
    ['GI4', 'LI4'],
    ['E36', 'ST36'],
    ['St36', 'ST36'],
    ['RP6', 'SP6'],
    ['HE7', 'HT7'],
    ['C7', 'HT7'],
    ['IG3', 'SI3'],
    ['MC6', 'PC6'],
    ['HP6', 'PC6'],
    ['VB20', 'GB20'],
    ['ex-hn-3', 'EX-HN3'],
    ['EXHN3', 'EX-HN3'],
    ['EX-UE9', 'EX-UE9'],
    ['GV29', 'EX-HN3'],
  ])('%s → %s', (typed, who) => {
    expect(canonicalPointCode(typed)).toBe(who);
  });

  it('prefers PC for the ambiguous P and offers LU', () => {
    expect(whoCodesFor('P6')).toEqual(['PC6', 'LU6']);
    // P10 can only be the lung (PC has 9 points)
    expect(whoCodesFor('P10')).toEqual(['LU10']);
  });

  it.each(['', 'hello', 'LU12', 'KI0', 'KI28', 'XX1', 'EX-HN16', 'EX-CA2', 'GV30'])('rejects %s', (typed) => {
    expect(canonicalPointCode(typed)).toBeUndefined();
  });
});
