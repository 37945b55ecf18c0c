import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { allPointRecords, pointFactsByCode, pointIndex, type TextLanguage } from '../data/pointCatalogue.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { PointSearch } from '../lib/search.ts';
import { useAtlasStore } from '../state/store.ts';

let namesOnly: PointSearch | null = null;
const withTexts = new Map<TextLanguage, PointSearch>();
/** Built on first use; names and codes at once, the words of locations and actions once a language's texts arrive. */
function pointSearch(language: TextLanguage): PointSearch {
  const cached = withTexts.get(language);
  if (cached) return cached;
  const full = allPointRecords(language);
  if (!full) return (namesOnly ??= new PointSearch(pointIndex));
  const search = new PointSearch(full);
  withTexts.set(language, search);
  return search;
}

/** The search box: results as you type, arrow keys and Enter, `/` to focus from anywhere. */
export function SearchBox() {
  const { t, language } = useStrings();
  const selectPoint = useAtlasStore((s) => s.selectPoint);
  const focusPoint = useAtlasStore((s) => s.focusPoint);
  const ensurePointTexts = useAtlasStore((s) => s.ensurePointTexts);
  const textsReady = useAtlasStore((s) => s.loadedTextLanguages);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  // textsReady is read so that the arrival of a language's texts switches to the fuller index.
  const results = useMemo(() => (query.trim() && textsReady ? pointSearch(language).search(query, 12) : []), [query, textsReady, language]);

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
    setOpen(false);
    setQuery('');
    input.current?.blur();
  };

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
        aria-expanded={open && results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${listId}-${results[active].code}` : undefined}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          void ensurePointTexts();
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(results[active]?.code);
          } else if (e.key === 'Escape') {
            setQuery('');
            setOpen(false);
          }
        }}
      />
      {open && query.trim() && (
        <ul className="search__results" id={listId} role="listbox" aria-label={t.search}>
          {results.length === 0 && (
            <li className="search__empty" role="option" aria-selected={false} aria-disabled="true">
              {t.noResults} “{query}”
            </li>
          )}
          {results.map((r, i) => {
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
      )}
    </div>
  );
}
