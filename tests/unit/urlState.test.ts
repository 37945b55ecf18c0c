import { describe, expect, it } from 'vitest';
import { formatAtlasLink, parseAtlasLink } from '../../src/lib/urlState.ts';

describe('links', () => {
  it('reads a point in any spelling and its side', () => {
    expect(parseAtlasLink('?point=kid-1&side=right')).toEqual({ pointTyped: 'kid-1', point: 'KI1', side: 'right' });
  });
  it('keeps an unknown point as typed, with no code', () => {
    const link = parseAtlasLink('?point=XY99');
    expect(link.pointTyped).toBe('XY99');
    expect(link.point).toBeUndefined();
  });
  it('ignores a bad side and refuses a malformed view, keeping it as typed for the message', () => {
    expect(parseAtlasLink('?point=LI4&side=up&view=1,2,x')).toEqual({ pointTyped: 'LI4', point: 'LI4', viewRefused: '1,2,x' });
  });
  it('refuses a camera pose far from the body', () => {
    for (const view of ['1e308,0,0,-1e308,0,0', '50,1,1,0,1,0', '0,1,2,0,40,0', '0,1,1,0,1,1', '0,1,,0,1,0', 'Infinity,1,2,0,1,0'])
      expect(parseAtlasLink(`?view=${view}`), view).toEqual({ viewRefused: view });
    expect(parseAtlasLink('?view=0.5,1.2,1.2,0.2,1.0,0').view).toEqual([0.5, 1.2, 1.2, 0.2, 1.0, 0]);
  });
  it('reads the language', () => {
    expect(parseAtlasLink('?point=ST36&lang=zh-Hans').lang).toBe('zh-Hans');
  });
  it('reads a camera view', () => {
    expect(parseAtlasLink('?view=0,1,2,0,1,0').view).toEqual([0, 1, 2, 0, 1, 0]);
  });
  it('writes the WHO form and keeps other parameters', () => {
    expect(formatAtlasLink({ point: 'KI1', side: 'left' }, '?point=kid-1&utm=class')).toBe('?utm=class&point=KI1&side=left');
    expect(formatAtlasLink({ point: 'KI1', lang: 'zh-Hant' }, '?lang=en')).toBe('?point=KI1&lang=zh-Hant');
    expect(formatAtlasLink({}, '?point=KI1')).toBe('');
  });
});
