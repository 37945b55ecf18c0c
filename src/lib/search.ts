import Fuse from 'fuse.js';
import { channelByName, foldChannelName } from '../data/channelNames.ts';
import { channelPointCounts, whoCodesFor } from '../data/codeSynonyms.ts';
import type { PointRecord } from '../data/pointRecord.ts';
import type { ClassificationKind, SafetyKind } from '../data/schema.ts';

/** Longer queries are cut to this many characters, so a pasted page costs no more than a sentence. */
export const maxQueryLength = 200;

/** The words of a point in one language that search reads (a `PointRecord` is one). */
export type SearchText = Partial<
  Pick<
    PointRecord,
    'area' | 'location' | 'howToLocate' | 'actions' | 'indications' | 'commentary' | 'cautions' | 'safety' | 'classifications' | 'classicalSources'
  >
>;

/**
 * A point as search sees it: names always, the words of its texts when they are loaded, and its words in other
 * languages (`otherTexts`) so English finds a point in a Chinese interface and Chinese in an English one.
 */
export type SearchablePoint = Pick<PointRecord, 'code' | 'names'> & SearchText & { readonly otherTexts?: readonly SearchText[] };

export interface SearchOptions {
  /** the safety kinds' labels, in each language indexed: "pregnancy" and 孕期 find every point with that warning */
  readonly safetyLabels?: readonly Readonly<Partial<Record<SafetyKind, string>>>[];
  /** the classifications' labels likewise (`source`, 原穴) */
  readonly classificationLabels?: readonly Readonly<Partial<Record<ClassificationKind, string>>>[];
  /** Traditional → Simplified characters; names, texts and queries are folded through it, so either script finds */
  readonly hanFold?: Readonly<Record<string, string>>;
}

/** Lower case, tone marks and ü folded (`Yǒngquán` → `yongquan`, `lǜ` and `lv` → `lu`), spaces and apostrophes dropped. */
export function foldPinyin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/v/g, 'u')
    .replace(/[\s'’·-]+/g, '');
}

/** Lower case without accents, for English words. */
const foldWords = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** `zu3 san1 li3` → `zu san li`; anything that is not syllables with tone numbers is returned unchanged. */
export function stripToneNumbers(text: string): string {
  return /^[a-zü:]+[0-5]?(?:[\s'-]*[a-zü:]+[0-5]?)*$/i.test(text.trim()) && /[0-5]/.test(text) ? text.replace(/([a-zü:])[0-5]/gi, '$1') : text;
}

/** Why a point came up: shown next to the result so a user sees what matched. */
export type MatchField = 'code' | 'pinyin' | 'hanzi' | 'english' | 'text';

export interface SearchResult {
  readonly code: string;
  readonly field: MatchField;
  /** higher is better: 1 a code, 0.9 a whole name, 0.8 the start of a name … below 0.5 the relevance of the texts */
  readonly score: number;
}

/** A query in the forms names are compared in. */
interface QueryForms {
  readonly pinyin: string;
  readonly words: string;
  /** the characters, folded to Simplified; empty when there are none */
  readonly han: string;
}

interface IndexedNames {
  readonly code: string;
  readonly pinyin: string;
  readonly hanzi: readonly string[];
  readonly english: readonly string[];
}

// Text fields and how much a word in each counts: indications most, then warnings and actions, then the place.
// BM25F: each field's counts are normalised by that field's own length before they are weighted and summed, so a
// long commentary does not bury a point whose first indication is the word asked for.
const fields = ['chiefIndication', 'mainIndications', 'indications', 'safety', 'actions', 'classes', 'place', 'howToLocate', 'commentary', 'cautions'] as const;
type Field = (typeof fields)[number];
const fieldWeights: Readonly<Record<Field, number>> = {
  /** the first indication a text lists: what the point is chiefly used for */
  chiefIndication: 5,
  /** the second indication, also a main one */
  mainIndications: 4,
  indications: 3,
  safety: 2.5,
  actions: 2,
  classes: 1.5,
  place: 1.5,
  howToLocate: 0.5,
  commentary: 1,
  cautions: 0.5,
};
/** Words people search a warning by that its label may not contain (the label says 孕期, people type 孕妇). */
const safetyKeywords: Readonly<Partial<Record<SafetyKind, string>>> = { pregnancy: 'pregnant pregnancy 孕妇 妊娠 孕期' };
const fieldIndex = new Map(fields.map((f, i) => [f, i]));
/** BM25's length normalisation per field: a long list of indications does not make one of them less true */
const fieldB: Readonly<Record<Field, number>> = {
  chiefIndication: 0,
  mainIndications: 0,
  indications: 0,
  safety: 0.5,
  actions: 0.5,
  classes: 0.5,
  place: 0.75,
  howToLocate: 0.75,
  commentary: 0.75,
  cautions: 0.75,
};
const stopWords = new Set('a an and are as at be by for from in into is it its of on or the to with point points'.split(' '));
const hanRun = /\p{Script=Han}+/gu;
const hasHan = /\p{Script=Han}/u;
const latinWord = /[a-z0-9]+/g;
// Field weights reach 5, so k1 is above the textbook 1.2: otherwise a single mention anywhere saturates and every
// point that names the symptom ties, leaving the order to prominence alone.
const bm25 = { k1: 2 };
const prominenceStep = 0.05;
/** a query word that is only the start of an indexed word counts this much */
const prefixWeight = 0.7;

/** English word → its index form: `headaches` → `headache`, `diarrhoea` → `diarrhea`, `oedema` → `edema`. */
function stem(word: string): string {
  let w = word.replace(/ae|oe/g, 'e');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * Search over the catalogue in every spelling people use: WHO code and its synonyms, channel name and number
 * (`Liver 3`), pinyin with or without tones, tone numbers and spaces, characters of either script, English names,
 * and, ranked by relevance (BM25 over the texts, indications weighted most), the words of indications, actions,
 * warnings and locations in English and Chinese (characters and pairs of characters, no word list needed).
 */
export class PointSearch {
  private readonly names: IndexedNames[];
  private readonly known: ReadonlySet<string>;
  private readonly fold: (text: string) => string;
  private readonly fuse: Fuse<IndexedNames>;
  /** term → [document, field, count, document, field, count, …] */
  private readonly postings = new Map<string, number[]>();
  /** terms in each document's field: `fieldLength[doc * fields.length + field]` */
  private readonly fieldLength: Float64Array;
  private readonly averageFieldLength: Float64Array;
  private readonly documents: number;
  /** a little weight for the points teachers reach for first: those with classical roles and sources */
  private readonly prominence: Float64Array;
  /** the Latin terms, sorted, for prefix look-up */
  private readonly vocabulary: string[];

  constructor(points: readonly SearchablePoint[], options: SearchOptions = {}) {
    const hanFold = new Map(Object.entries(options.hanFold ?? {}));
    this.fold = (text) => (hanFold.size ? text.replace(hanRun, (run) => [...run].map((c) => hanFold.get(c) ?? c).join('')) : text);
    this.known = new Set(points.map((p) => p.code));
    this.names = points.map((p) => ({
      code: p.code,
      pinyin: foldPinyin(p.names.pinyin),
      hanzi: [...new Set([p.names.hanzi, this.fold(p.names.hanzi)])],
      english: [p.names.english, ...p.names.alsoKnownAs].map(foldWords),
    }));
    this.fuse = new Fuse(this.names, {
      keys: [
        { name: 'english', weight: 1 },
        { name: 'pinyin', weight: 1 },
      ],
      includeScore: true,
      includeMatches: true,
      ignoreLocation: true,
      threshold: 0.3,
      minMatchCharLength: 3,
    });

    const labels = options.safetyLabels ?? [];
    this.documents = points.length;
    this.prominence = new Float64Array(points.length);
    this.fieldLength = new Float64Array(points.length * fields.length);
    // Each field's term counts first (one small map per field, reused), then appended to the postings.
    const counts = fields.map(() => new Map<string, number>());
    points.forEach((p, doc) => {
      const add = (field: Field, words: string | undefined) => {
        const f = fieldIndex.get(field)!;
        const at = doc * fields.length + f;
        if (words) this.fieldLength[at] = (this.fieldLength[at] ?? 0) + this.countTerms(words, counts[f]!);
      };
      for (const text of [p, ...(p.otherTexts ?? [])]) {
        add('place', text.area);
        add('place', text.location);
        add('howToLocate', text.howToLocate);
        add('commentary', text.commentary);
        add('cautions', text.cautions);
        for (const action of text.actions ?? []) add('actions', action);
        (text.indications ?? []).forEach((indication, i) => add(i === 0 ? 'chiefIndication' : i === 1 ? 'mainIndications' : 'indications', indication));
        for (const { reason } of text.safety ?? []) add('safety', reason);
      }
      for (const { kind } of p.safety ?? []) {
        for (const l of labels) add('safety', l[kind]);
        add('safety', safetyKeywords[kind]);
      }
      for (const { kind, detail } of p.classifications ?? []) {
        add('classes', detail);
        for (const l of options.classificationLabels ?? []) add('classes', l[kind]);
      }
      for (const text of p.otherTexts ?? []) for (const { detail } of text.classifications ?? []) add('classes', detail);
      this.prominence[doc] = 1 + prominenceStep * Math.min(6, (p.classifications?.length ?? 0) + (p.classicalSources?.length ?? 0));
      counts.forEach((fieldCounts, f) => {
        for (const [term, tf] of fieldCounts) {
          const list = this.postings.get(term);
          if (list) list.push(doc, f, tf);
          else this.postings.set(term, [doc, f, tf]);
        }
        fieldCounts.clear();
      });
    });
    this.averageFieldLength = new Float64Array(fields.length);
    for (let f = 0; f < fields.length; f++) {
      let sum = 0;
      for (let doc = 0; doc < points.length; doc++) sum += this.fieldLength[doc * fields.length + f]!;
      this.averageFieldLength[f] = sum / Math.max(1, points.length) || 1;
    }
    this.vocabulary = [...this.postings.keys()].filter((t) => /^[a-z0-9]/.test(t)).sort();
  }

  /** Counts the index terms of a text into `counts` (English words stemmed, Han characters and pairs of them). */
  private countTerms(text: string, counts: Map<string, number>): number {
    let n = 0;
    const bump = (term: string) => {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      n++;
    };
    for (const word of foldWords(text).match(latinWord) ?? []) if (!stopWords.has(word)) bump(stem(word));
    for (const run of this.fold(text).match(hanRun) ?? []) {
      let previous = '';
      for (const c of run) {
        bump(c);
        if (previous) bump(previous + c);
        previous = c;
      }
    }
    return n;
  }

  /** Best matches first, each point once; every match (at most the catalogue), so a caller can say how many. */
  search(query: string, limit = Infinity): SearchResult[] {
    const q = query.slice(0, maxQueryLength).trim();
    if (!q) return [];
    const results = new Map<string, SearchResult>();
    const add = (code: string, field: MatchField, score: number) => {
      const prev = results.get(code);
      if (this.known.has(code) && (!prev || prev.score < score)) results.set(code, { code, field, score });
    };

    // Codes in every spelling, channel names with a number, and either of those with the point's name.
    this.codesFor(q).forEach((code, i) => add(code, 'code', 1 - i * 0.001));
    const tokens = q.split(/\s+/).slice(0, 8);
    for (let k = 1; k < tokens.length; k++) {
      const head = tokens.slice(0, k).join(' ');
      const tail = tokens.slice(k).join(' ');
      for (const [codePart, namePart] of [
        [head, tail],
        [tail, head],
      ] as const) {
        for (const code of this.codesFor(codePart)) {
          const names = this.names.find((n) => n.code === code);
          if (names && this.nameScore(names, this.forms(namePart)) !== null) add(code, 'code', 1);
        }
      }
    }

    // Names: pinyin (tones, tone numbers, spaces), characters of either script, English.
    const forms = this.forms(q);
    for (const p of this.names) {
      const hit = this.nameScore(p, forms);
      if (hit) add(p.code, hit.field, hit.score);
    }
    // The texts, ranked.
    for (const [doc, relevance] of this.rankTexts(q)) {
      const code = this.names[doc]?.code;
      if (code) add(code, 'text', 0.49 * (relevance / (relevance + 5)));
    }
    // Nothing at all: perhaps a misspelt name.
    if (results.size === 0 && q.length >= 4 && q.length <= 32 && !hasHan.test(q)) {
      for (const r of this.fuse.search(foldWords(q), { limit: 20 })) {
        const key = r.matches?.[0]?.key;
        add(r.item.code, key === 'pinyin' ? 'pinyin' : 'english', 0.5 + 0.09 * (1 - (r.score ?? 1)));
      }
    }

    return [...results.values()].sort((a, b) => b.score - a.score || a.code.localeCompare(b.code)).slice(0, limit);
  }

  /** WHO codes a query names as a code (`KI-1`, `Du 20`) or as a channel and number (`Liver 3`, `胃经36`). */
  private codesFor(q: string): string[] {
    const codes = whoCodesFor(q);
    if (codes.length) return codes;
    const m = /^(.+?)\s*(\d{1,2})\s*穴?$/u.exec(foldChannelName(q));
    if (!m) return [];
    const [, name = '', digits = ''] = m;
    const channel = channelByName.get(name) ?? channelByName.get(name.replace(/\s*(?:channel|meridian|经)$/u, ''));
    const n = Number(digits);
    return channel && n >= 1 && n <= channelPointCounts[channel] ? [`${channel}${n}`] : [];
  }

  private forms(q: string): QueryForms {
    const han = this.fold(q.replace(/\s+/g, ''));
    return { pinyin: foldPinyin(stripToneNumbers(q)), words: foldWords(q).trim(), han: hasHan.test(han) ? han : '' };
  }

  /** How well a query names a point: whole name, its start, or inside it; null when it does not. */
  private nameScore(p: IndexedNames, { pinyin, words, han }: QueryForms): { field: MatchField; score: number } | null {
    let best: { field: MatchField; score: number } | null = null;
    const consider = (field: MatchField, score: number) => {
      if (!best || best.score < score) best = { field, score };
    };
    if (han) {
      for (const h of p.hanzi) {
        if (h === han) consider('hanzi', 0.95);
        else if (h.startsWith(han)) consider('hanzi', 0.8 + 0.01 / h.length);
        else if (h.includes(han)) consider('hanzi', 0.7);
      }
    }
    if (pinyin.length >= 2) {
      if (p.pinyin === pinyin) consider('pinyin', 0.95);
      else if (p.pinyin.startsWith(pinyin)) consider('pinyin', 0.8 + 0.01 / p.pinyin.length);
      else if (pinyin.length >= 3 && p.pinyin.includes(pinyin)) consider('pinyin', 0.7);
    }
    if (words.length >= 2) {
      for (const e of p.english) {
        if (e === words) consider('english', 0.94);
        else if (e.startsWith(words)) consider('english', 0.8 + 0.01 / e.length);
        else if (words.length >= 3 && e.includes(words)) consider('english', 0.7);
      }
    }
    return best;
  }

  /**
   * BM25 over the texts. Each query word (or pair of characters) is a clause; a point must match as many clauses
   * as the best-matching point does, so `headache dizziness` means both and a stray word does not empty the list.
   */
  private rankTexts(q: string): Map<number, number> {
    const clauses: { term: string; weight: number }[][] = [];
    for (const word of foldWords(q).match(latinWord) ?? []) {
      if (stopWords.has(word) || word.length < 2) continue;
      const term = stem(word);
      const clause = [{ term, weight: 1 }];
      if (term.length >= 3) for (const t of this.withPrefix(term)) if (t !== term) clause.push({ term: t, weight: prefixWeight });
      clauses.push(clause);
    }
    const runs = this.fold(q).match(hanRun) ?? [];
    const pairs: { term: string; weight: number }[][] = [];
    const singles: { term: string; weight: number }[][] = [];
    for (const run of runs) {
      const chars = [...run];
      if (chars.length === 1) pairs.push([{ term: run, weight: 1 }]);
      chars.forEach((c, i) => {
        singles.push([{ term: c, weight: 1 }]);
        const next = chars[i + 1];
        if (next) pairs.push([{ term: c + next, weight: 1 }]);
      });
    }
    // Pairs of characters where any is indexed; single characters only when no pair is.
    clauses.push(...(pairs.some(([c]) => c && this.postings.has(c.term)) ? pairs : singles));
    // A word said twice is one clause.
    const seen = new Set<string>();
    const unique = clauses.filter(([c]) => c && !seen.has(c.term) && seen.add(c.term));

    const n = this.documents;
    const scores = new Map<number, number>();
    const matched = new Map<number, number>();
    const pseudo = new Map<number, number>();
    for (const clause of unique) {
      const best = new Map<number, number>();
      for (const { term, weight } of clause) {
        const postings = this.postings.get(term);
        if (!postings) continue;
        // The field-normalised, weighted count of the term in each document, then BM25's saturation.
        pseudo.clear();
        for (let i = 0; i < postings.length; i += 3) {
          const doc = postings[i]!;
          const f = postings[i + 1]!;
          const tf = postings[i + 2]!;
          const b = fieldB[fields[f]!];
          const norm = 1 - b + (b * this.fieldLength[doc * fields.length + f]!) / this.averageFieldLength[f]!;
          pseudo.set(doc, (pseudo.get(doc) ?? 0) + (fieldWeights[fields[f]!] * tf) / norm);
        }
        const idf = Math.log(1 + (n - pseudo.size + 0.5) / (pseudo.size + 0.5));
        for (const [doc, tf] of pseudo) {
          const s = weight * idf * ((tf * (bm25.k1 + 1)) / (tf + bm25.k1));
          if (s > (best.get(doc) ?? 0)) best.set(doc, s);
        }
      }
      for (const [doc, s] of best) {
        scores.set(doc, (scores.get(doc) ?? 0) + s);
        matched.set(doc, (matched.get(doc) ?? 0) + 1);
      }
    }
    const most = Math.max(0, ...matched.values());
    for (const [doc, count] of matched) if (count < most) scores.delete(doc);
    for (const [doc, score] of scores) scores.set(doc, score * (this.prominence[doc] ?? 1));
    return scores;
  }

  /** Indexed Latin terms that start with `prefix` (binary search in the sorted vocabulary). */
  private withPrefix(prefix: string): string[] {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.vocabulary[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.vocabulary.length && out.length < 50; i++) {
      const t = this.vocabulary[i]!;
      if (!t.startsWith(prefix)) break;
      out.push(t);
    }
    return out;
  }
}
