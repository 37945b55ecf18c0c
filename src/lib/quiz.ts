/** A "find" answer counts as right within this many cun of the true point. */
export const findToleranceCun = 1;
export const questionsPerRound = 10;

/** A seeded random source, so a round can be replayed in a test. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** `n` different items drawn from a pool (all of it when smaller). */
export function drawDistinct<T>(pool: readonly T[], n: number, random: () => number): T[] {
  const copy = [...pool];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, Math.min(n, copy.length));
}

/** Four choices for a "name it" question: the answer and three others, preferring the same channel (harder). */
export function nameChoices(answer: string, pool: readonly string[], channelOf: (code: string) => string, random: () => number): string[] {
  const sameChannel = pool.filter((c) => c !== answer && channelOf(c) === channelOf(answer));
  const others = pool.filter((c) => c !== answer && channelOf(c) !== channelOf(answer));
  const wrong = [...drawDistinct(sameChannel, 3, random)];
  if (wrong.length < 3) wrong.push(...drawDistinct(others, 3 - wrong.length, random));
  return drawDistinct([answer, ...wrong], 4, random);
}

export interface FindAnswer {
  readonly distanceCun: number;
  readonly correct: boolean;
}

/** Scores a click for a "find" question. */
export function scoreFind(distanceMetres: number, cunLength: number): FindAnswer {
  const distanceCun = distanceMetres / cunLength;
  return { distanceCun, correct: distanceCun <= findToleranceCun };
}
