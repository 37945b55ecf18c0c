import { useEffect, useState } from 'react';
import { combinations, combinationText, filterCombinations } from '../data/combinations.ts';
import { pointFactsByCode } from '../data/pointCatalogue.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { useAtlasStore } from '../state/store.ts';

/** Curated point combinations: a filtered list; opening one lights its members on the body and lists them. */
export default function CombinationsPanel() {
  const { t, language } = useStrings();
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const setSearchHighlights = useAtlasStore((s) => s.setSearchHighlights);
  const opened = combinations.find((c) => c.id === openId);
  useEffect(() => {
    setSearchHighlights(opened ? opened.members : []);
  }, [opened, setSearchHighlights]);
  useEffect(() => () => setSearchHighlights([]), [setSearchHighlights]);
  const select = (code: string) => {
    const s = useAtlasStore.getState();
    const chosen = s.selectPoint(code);
    if (chosen) s.focusPoint(chosen.code, chosen.side);
  };
  const list = filterCombinations(query);
  return (
    <div className="combinations">
      <input
        type="search"
        className="study-filter"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t.combinationsSearch}
        aria-label={t.combinationsSearch}
        lang={language}
      />
      {!list.length && <p className="muted">{t.combinationsNone}</p>}
      <ul className="lesson-list" aria-label={t.menuCombinations}>
        {list.map((c) => {
          const isOpen = c.id === openId;
          return (
            <li key={c.id} className={isOpen ? 'combination combination--open' : 'combination'}>
              <button type="button" aria-expanded={isOpen} onClick={() => setOpenId(isOpen ? null : c.id)}>
                <strong>{combinationText(c.name, language)}</strong> <span className="muted">{c.members.join(' + ')}</span>
              </button>
              {isOpen && (
                <div className="combination__detail" data-testid="combination-detail">
                  <p>{combinationText(c.use, language)}</p>
                  {c.method && <p className="muted">{t.combinationMethodExample}</p>}
                  <ul className="combination__members" aria-label={t.combinationMembers}>
                    {c.members.map((code) => {
                      const p = pointFactsByCode.get(code);
                      return (
                        <li key={code}>
                          <button type="button" onClick={() => select(code)}>
                            <strong>{code}</strong> {p?.names.pinyin} <span lang="zh-Hans">{p?.names.hanzi}</span>
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                  <p className="combination__source">
                    {t.combinationSource}: <cite>{combinationText(c.source, language)}</cite>
                  </p>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
