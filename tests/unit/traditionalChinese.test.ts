import { describe, expect, it } from 'vitest';
import { pointFacts } from '../../src/data/catalogueSource.ts';
import { toTraditional, toTraditionalPlain, traditionalContextFixes, traditionalOverrides } from '../../scripts/lib/traditionalChinese.ts';

describe('Simplified → Traditional Chinese', () => {
  it('converts ordinary text with OpenCC (Taiwan standard characters)', () => {
    expect(toTraditional('针灸穴位图谱')).toBe('針灸穴位圖譜');
    expect(toTraditional('补中益气，疏肝理气')).toBe('補中益氣，疏肝理氣');
    expect(toTraditional('孕妇禁针')).toBe('孕婦禁針');
  });

  it.each([
    ['太冲', '太衝'],
    ['关冲', '關衝'],
    ['天冲', '天衝'],
    ['气冲', '氣衝'],
    ['冲阳', '衝陽'],
    ['冲门', '衝門'],
    ['眉冲', '眉衝'],
    ['少冲', '少衝'],
    ['冲脉', '衝脈'],
    ['通里', '通里'],
    ['建里', '建里'],
    ['手三里', '手三里'],
    ['足三里', '足三里'],
    ['手五里', '手五里'],
    ['足五里', '足五里'],
  ])('keeps the acupuncture term %s as %s', (simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
  });

  it('needs every override: OpenCC alone writes each term otherwise', () => {
    for (const [simplified, traditional] of traditionalOverrides) {
      expect(toTraditionalPlain(simplified), simplified).not.toBe(traditional);
      expect(toTraditional(simplified), simplified).toBe(traditional);
    }
  });

  it('applies an override inside a sentence and leaves other uses alone', () => {
    expect(toTraditional('太冲配合谷为四关')).toBe('太衝配合谷為四關');
    expect(toTraditional('里面')).toBe('裡面');
  });

  it('fixes the renderings OpenCC makes only in context', () => {
    for (const [wrong, right] of traditionalContextFixes) expect(toTraditional(wrong), wrong).toBe(right);
    expect(toTraditionalPlain('通过冲脉')).toBe('通過沖脈');
    expect(toTraditional('通过冲脉')).toBe('通過衝脈');
  });

  it('writes every point name without the "rinse" 沖 or the "inside" 裡', () => {
    const wrong = pointFacts.map((p) => `${p.code} ${toTraditional(p.names.hanzi)}`).filter((s) => /[沖裡]/.test(s));
    expect(wrong).toEqual([]);
  });
});
