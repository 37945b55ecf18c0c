import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { allPointRecords, loadPointTexts, pointFactsByCode, pointIndex, pointTextsLoaded, type TextLanguage } from '../data/pointCatalogue.ts';
import { enLabels, type Labels } from '../i18n/en.ts';
import { fillTemplate } from '../i18n/messages.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { maxQueryLength, PointSearch, type SearchablePoint } from '../lib/search.ts';
import { useAtlasStore } from '../state/store.ts';

/** How many results the list shows at first, and how many more each "show more" adds. */
const pageSize = 30;

/** Traditional → Simplified characters, loaded with the first search (a few KB, its own chunk). */
let hanFold: Readonly<Record<string, string>> | null = null;
let hanFoldPending: Promise<void> | null = null;
function loadHanFold(): Promise<void> {
  hanFoldPending ??= import('virtual:atlas-han-fold').then(
    (m) => {
      hanFold = m.default;
    },
    () => {
      hanFoldPending = null; // characters of the other script simply match less until it loads
    },
  );
  return hanFoldPending;
}

const searches = new Map<string, PointSearch>();
/**
 * The index for a language, built on first use: names and codes at once; the words of the texts once they are
 * here, in the interface's language and in the others already loaded (English always comes with Chinese; Chinese
 * comes into an English search when Chinese is typed).
 */
function pointSearch(language: TextLanguage, labels: Labels): PointSearch {
  const languages = [language, ...(['en', 'zh-Hans', 'zh-Hant'] as const).filter((l) => l !== language && pointTextsLoaded(l))];
  const key = `${languages.filter((l) => pointTextsLoaded(l)).join('+')}|${hanFold ? 'fold' : ''}`;
  const cached = searches.get(key);
  if (cached) return cached;
  const [own, ...others] = languages.map((l) => allPointRecords(l));
  const points: readonly SearchablePoint[] = own
    ? own.map((p, i) => ({ ...p, otherTexts: others.flatMap((records) => (records?.[i] ? [records[i]] : [])) }))
    : pointIndex.map((p) => ({ code: p.code, names: p.names }));
  const search = new PointSearch(points, {
    safetyLabels: [enLabels.safety, labels.safety],
    classificationLabels: [enLabels.classification, labels.classification],
    ...(hanFold ? { hanFold } : {}),
  });
  searches.set(key, search);
  return search;
}

const hasHan = /\p{Script=Han}/u;

/**
 * The search box: results as you type, ranked, with how many matched; arrow keys and Enter; `/` to focus from
 * anywhere. The matches are lit up on the body while the query stands.
 */
export function SearchBox() {
  const { t, labels, language } = useStrings();
  const selectPoint = useAtlasStore((s) => s.selectPoint);
  const focusPoint = useAtlasStore((s) => s.focusPoint);
  const ensurePointTexts = useAtlasStore((s) => s.ensurePointTexts);
  const textsReady = useAtlasStore((s) => s.loadedTextLanguages);
  const setSearchHighlights = useAtlasStore((s) => s.setSearchHighlights);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(pageSize);
  // Bumped when a chunk search needs arrives (the fold map, Chinese texts for a Chinese query in English).
  const [arrivals, setArrivals] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  // The arrival of texts (textsReady) or of a chunk search asked for (arrivals) switches to the fuller index.
  const results = useMemo(
    () => (query.trim() && textsReady && arrivals >= 0 ? pointSearch(language, labels).search(query) : []),
    [query, textsReady, arrivals, language, labels],
  );

  useEffect(() => {
    setSearchHighlights(results.map((r) => r.code));
  }, [results, setSearchHighlights]);
  useEffect(() => () => setSearchHighlights([]), [setSearchHighlights]);

  // Chinese typed into an English interface: fetch the Simplified texts so the words of indications match too.
  const wantsChinese = language === 'en' && hasHan.test(query);
  useEffect(() => {
    if (!wantsChinese || pointTextsLoaded('zh-Hans')) return;
    let live = true;
    loadPointTexts('zh-Hans').then(
      () => live && setArrivals((n) => n + 1),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wantsChinese]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      if (e.key === '/' && !typing) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (code: string | undefined) => {
    if (!code) return;
    const chosen = selectPoint(code);
    if (chosen) focusPoint(chosen.code, chosen.side);
    // The query stays, and so do its lights on the body; Escape or clearing the box puts both away.
    setOpen(false);
    input.current?.blur();
  };

  const visible = results.slice(0, shown);
  const expanded = open && query.trim() !== '';
  return (
    <div className="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {t.search}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded && results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && visible[active] ? `${listId}-${visible[active].code}` : undefined}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        maxLength={maxQueryLength}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value.slice(0, maxQueryLength));
          setActive(0);
          setShown(pageSize);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          void ensurePointTexts();
          if (!hanFold) void loadHanFold().then(() => setArrivals((n) => n + 1));
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, visible.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(visible[active]?.code);
          } else if (e.key === 'Escape') {
            setQuery('');
            setOpen(false);
          }
        }}
      />
      {expanded && (
        <div className="search__panel">
          <p className="search__count" role="status" data-testid="search-count">
            {results.length === 0 ? `${t.noResults} “${query}”` : fillTemplate(t.searchCount, { count: results.length })}
          </p>
          <ul className="search__results" id={listId} role="listbox" aria-label={t.search}>
            {visible.map((r, i) => {
              const p = pointFactsByCode.get(r.code)!;
              return (
                <li
                  key={r.code}
                  id={`${listId}-${r.code}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'search__result search__result--active' : 'search__result'}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(r.code)}
                  onMouseEnter={() => setActive(i)}
                >
                  <span className="search__code">{p.code}</span> {p.names.pinyin} <span lang="zh-Hans">{p.names.hanzi}</span>
                  {language === 'en' && <span className="search__english"> · {p.names.english}</span>}
                </li>
              );
            })}
          </ul>
          {results.length > shown && (
            <button type="button" className="search__more" onMouseDown={(e) => e.preventDefault()} onClick={() => setShown((n) => n + pageSize)}>
              {fillTemplate(t.searchShowMore, { count: results.length - shown })}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
