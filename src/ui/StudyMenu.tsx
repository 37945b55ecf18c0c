import { useEffect, useId, useRef, useState } from 'react';
import { useStrings } from '../i18n/useStrings.ts';
import { useAtlasStore } from '../state/store.ts';
import type { StudyPanel } from '../state/types.ts';

/** The study tools, in menu order (the phone menu lists the same). */
export const studyMenuEntries: readonly {
  panel: StudyPanel;
  key: 'menuLessons' | 'menuReview' | 'menuFavourites' | 'menuCompare' | 'menuCombinations' | 'menuHandout';
}[] = [
  { panel: 'lessons', key: 'menuLessons' },
  { panel: 'review', key: 'menuReview' },
  { panel: 'favourites', key: 'menuFavourites' },
  { panel: 'compare', key: 'menuCompare' },
  { panel: 'combinations', key: 'menuCombinations' },
  { panel: 'handout', key: 'menuHandout' },
];

/** The toolbar's "Study" menu: lessons, review and drills, favourites, compare, combinations, handouts. */
export function StudyMenu() {
  const { t } = useStrings();
  const [open, setOpen] = useState(false);
  const current = useAtlasStore((s) => s.studyPanel);
  const setStudyPanel = useAtlasStore((s) => s.setStudyPanel);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);
  return (
    <div className="study-menu" ref={root}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t.study} ▾
      </button>
      {open && (
        <ul className="study-menu__list" role="menu" id={id} aria-label={t.study}>
          {studyMenuEntries.map((e) => (
            <li key={e.panel} role="none">
              <button
                type="button"
                role="menuitemradio"
                aria-checked={current === e.panel}
                onClick={() => {
                  setStudyPanel(current === e.panel ? null : e.panel);
                  setOpen(false);
                }}
              >
                {t[e.key]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
