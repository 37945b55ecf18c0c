import { useEffect, useRef } from 'react';
import { pointFactsByCode } from '../data/pointCatalogue.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { useAtlasStore } from '../state/store.ts';

export type PickChooserProps = {
  /** width of the chooser in CSS pixels, used to keep it inside the window */
  width?: number;
};

/**
 * The small list that appears where a click or tap fell among several markers: one row per candidate, code and
 * name, nearest first. Hovering or focusing a row highlights its marker on the body; choosing it selects the point.
 */
export function PickChooser({ width = 260 }: PickChooserProps) {
  const { t } = useStrings();
  const pick = useAtlasStore((s) => s.pick);
  const choosePick = useAtlasStore((s) => s.choosePick);
  const closePick = useAtlasStore((s) => s.closePick);
  const setPickHighlight = useAtlasStore((s) => s.setPickHighlight);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!pick) return;
    list.current?.querySelector<HTMLButtonElement>('.pick-chooser__row')?.focus({ preventScroll: true });
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') closePick();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pick, closePick]);

  if (!pick) return null;
  const rowHeight = 46;
  const height = pick.candidates.length * rowHeight + 40;
  const left = Math.max(8, Math.min(pick.at.x + 12, window.innerWidth - width - 8));
  const top = Math.max(8, Math.min(pick.at.y + 12, window.innerHeight - height - 8));
  return (
    <div className="pick-chooser" role="dialog" aria-label={t.pickChooserTitle} style={{ left, top, width }} ref={list}>
      <div className="pick-chooser__head">
        <span>{t.pickChooserTitle}</span>
        <button type="button" className="pick-chooser__close" onClick={closePick} aria-label={t.close}>
          ×
        </button>
      </div>
      <ul>
        {pick.candidates.map((c) => {
          const names = pointFactsByCode.get(c.code)?.names;
          const side = c.side === 'midline' ? '' : ` · ${t[`side_${c.side}`]}`;
          return (
            <li key={c.markerId}>
              <button
                type="button"
                className="pick-chooser__row"
                onClick={() => choosePick(c)}
                onPointerEnter={() => setPickHighlight(c.markerId)}
                onPointerLeave={() => setPickHighlight(null)}
                onFocus={() => setPickHighlight(c.markerId)}
              >
                <strong>{c.code}</strong> {names ? `${names.pinyin} ${names.hanzi}` : ''}
                <span className="pick-chooser__side">{side}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
