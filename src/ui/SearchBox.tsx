import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { catalogue, fullCatalogue, pointByCode } from '../data/atlasCatalogue.ts';
import { PointSearch } from '../lib/search.ts';
import { useAtlasStore } from '../state/store.ts';
import { useStrings } from './useStrings.ts';

let namesOnly: PointSearch | null = null;
let withTexts: PointSearch | null = null;
/** Built on first use; names and codes at once, the words of locations and actions once the texts arrive. */
function pointSearch(): PointSearch {
  const full = fullCatalogue();
  if (full) return (withTexts ??= new PointSearch(full));
  return (namesOnly ??= new PointSearch(catalogue));
}

/** Longest query: codes and names are far shorter, and fuzzy matching grows with the query's length. */
export const searchMaxChars = 64;

/** The search box: results as you type, arrow keys and Enter, `/` to focus from anywhere. */
export function SearchBox() {
  const { t } = useStrings();
  const selectPoint = useAtlasStore((s) => s.selectPoint);
  const ensurePointTexts = useAtlasStore((s) => s.ensurePointTexts);
  const textsReady = useAtlasStore((s) => s.pointTextsReady);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  // The results follow the typing a step behind, so a keystroke is never held up by the search.
  const searched = useDeferredValue(query);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- textsReady switches to the fuller index
  const results = useMemo(() => (searched.trim() ? pointSearch().search(searched, 12) : []), [searched, textsReady]);

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
    selectPoint(code, { source: 'search' });
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
        maxLength={searchMaxChars}
        onChange={(e) => {
          setQuery(e.target.value.slice(0, searchMaxChars));
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
            // Enter right after typing: the deferred results may not have caught up yet, so search what is typed.
            const current = searched === query ? results : query.trim() ? pointSearch().search(query, 12) : [];
            choose(current[searched === query ? active : 0]?.code);
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
            const p = pointByCode.get(r.code)!;
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
                <span className="search__english"> · {p.names.english}</span>
                {r.field === 'text' && <span className="search__why"> — {p.area}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
