import Fuse from 'fuse.js';
import { whoCodesFor } from '../data/codeSynonyms.ts';
import type { PointRecord } from '../data/pointRecord.ts';

/** A point as search sees it: names always, the words of its texts when they are loaded. */
export type SearchablePoint = Pick<PointRecord, 'code' | 'names'> & Partial<Pick<PointRecord, 'area' | 'location' | 'actions' | 'indications'>>;

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
const foldWords = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Why a point came up: shown next to the result so a user sees what matched. */
export type MatchField = 'code' | 'pinyin' | 'hanzi' | 'english' | 'text';

export interface SearchResult {
  readonly code: string;
  readonly field: MatchField;
  /** 0 best */
  readonly score: number;
}

interface IndexedPoint {
  readonly code: string;
  readonly pinyin: string;
  readonly hanzi: string;
  readonly english: string[];
  readonly text: string;
}

/**
 * Search over the catalogue in every spelling people use: WHO code and its synonyms, pinyin with or without
 * tones and spaces, Chinese characters, English names, and words of the location, actions and indications.
 */
export class PointSearch {
  private readonly indexed: IndexedPoint[];
  private readonly fuse: Fuse<IndexedPoint>;
  private readonly known: ReadonlySet<string>;

  constructor(points: readonly SearchablePoint[]) {
    this.known = new Set(points.map((p) => p.code));
    this.indexed = points.map((p) => ({
      code: p.code,
      pinyin: foldPinyin(p.names.pinyin),
      hanzi: p.names.hanzi,
      english: [p.names.english, ...p.names.alsoKnownAs].map(foldWords),
      text: foldWords([p.location ?? '', p.area ?? '', ...(p.actions ?? []), ...(p.indications ?? [])].join(' ')),
    }));
    this.fuse = new Fuse(this.indexed, {
      keys: [
        { name: 'english', weight: 2 },
        { name: 'pinyin', weight: 2 },
        { name: 'text', weight: 1 },
      ],
      includeScore: true,
      includeMatches: true,
      ignoreLocation: true,
      threshold: 0.3,
      minMatchCharLength: 3,
    });
  }

  /** Best matches first, each point once. */
  search(query: string, limit = 20): SearchResult[] {
    const q = query.trim();
    if (!q) return [];
    const results = new Map<string, SearchResult>();
    const add = (code: string, field: MatchField, score: number) => {
      const prev = results.get(code);
      if (!prev || prev.score > score) results.set(code, { code, field, score });
    };

    whoCodesFor(q).forEach((code, i) => this.known.has(code) && add(code, 'code', i * 0.01));
    const folded = foldPinyin(q);
    const words = foldWords(q);
    const isHan = /[\u3400-\u9fff]/.test(q);
    for (const p of this.indexed) {
      if (isHan) {
        if (p.hanzi === q) add(p.code, 'hanzi', 0.05);
        else if (p.hanzi.includes(q)) add(p.code, 'hanzi', 0.15);
        continue;
      }
      if (folded.length >= 2) {
        if (p.pinyin === folded) add(p.code, 'pinyin', 0.05);
        else if (p.pinyin.startsWith(folded)) add(p.code, 'pinyin', 0.1 + 0.001 * p.pinyin.length);
        else if (folded.length >= 3 && p.pinyin.includes(folded)) add(p.code, 'pinyin', 0.2);
      }
      if (words.length >= 2) {
        if (p.english.some((e) => e === words)) add(p.code, 'english', 0.06);
        else if (p.english.some((e) => e.startsWith(words))) add(p.code, 'english', 0.12);
        else if (words.length >= 3 && p.english.some((e) => e.includes(words))) add(p.code, 'english', 0.22);
        else if (words.length >= 3 && new RegExp(`\\b${escapeRegExp(words)}`).test(p.text)) add(p.code, 'text', 0.3);
      }
    }
    if (!isHan && q.length >= 3) {
      for (const r of this.fuse.search(words, { limit: limit * 2 })) {
        const key = r.matches?.[0]?.key;
        add(r.item.code, key === 'pinyin' ? 'pinyin' : key === 'english' ? 'english' : 'text', 0.4 + (r.score ?? 0.5));
      }
    }
    return [...results.values()].sort((a, b) => a.score - b.score).slice(0, limit);
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
