/**
 * The Traditional → Simplified character map search folds queries and texts through, made at build time with
 * OpenCC for just the characters that occur in the point names and texts (a few hundred pairs, a few KB), so the
 * browser carries no dictionary. Node only.
 */
import * as OpenCC from 'opencc-js';

/** Traditional forms in the Taiwan, Hong Kong and OpenCC standard variants: 里 → 裡 (Taiwan) and 裏 (Hong Kong). */
const toTraditionalVariants = (['tw', 'hk', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));

/**
 * For every Han character in `simplifiedCorpus`, each Traditional form it takes in any variant → that character.
 * Only characters that differ are listed.
 */
export function traditionalToSimplifiedMap(simplifiedCorpus: string): Record<string, string> {
  const chars = new Set([...simplifiedCorpus].filter((c) => /\p{Script=Han}/u.test(c)));
  const map: Record<string, string> = {};
  for (const c of [...chars].sort()) {
    for (const convert of toTraditionalVariants) {
      const traditional = convert(c);
      if (traditional !== c && [...traditional].length === 1 && !(traditional in map)) map[traditional] = c;
    }
  }
  return map;
}
