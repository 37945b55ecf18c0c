import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useStrings } from '../i18n/useStrings.ts';
import { sheetStates, useAtlasStore, type SheetState } from '../state/store.ts';

export type BottomSheetProps = {
  /** a new key (a newly opened point) scrolls the sheet back to its top */
  resetKey: string;
  /** the sheet's contents; an element marked `data-sheet-peek="end"` ends what the peek shows */
  children: React.ReactNode;
};

/** Highest share of the space below the top bar each state may take; the body keeps the rest. */
const share: Readonly<Record<SheetState, number>> = { peek: 0.55, half: 0.62, full: 1 };
/** The strip of body that stays visible above the sheet pulled all the way up, in px. */
const fullStrip = 96;
/** Peek height when the contents mark no end of the peek, in px. */
const defaultPeek = 240;

const larger = (s: SheetState) => sheetStates[Math.min(sheetStates.indexOf(s) + 1, sheetStates.length - 1)]!;
const smaller = (s: SheetState) => sheetStates[Math.max(sheetStates.indexOf(s) - 1, 0)]!;

/**
 * The phone's bottom sheet: a peek with the essentials above which the body stays in view, half and (nearly) full
 * heights. The handle is dragged, or pressed (and ↑ ↓) from the keyboard; two buttons do the same. The body above it
 * is resized, not covered, so the camera keeps the point in the middle of what is left.
 */
export function BottomSheet({ resetKey, children }: BottomSheetProps) {
  const { t } = useStrings();
  const state = useAtlasStore((s) => s.sheet);
  const setSheet = useAtlasStore((s) => s.setSheet);
  const sheet = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [peek, setPeek] = useState(defaultPeek);
  const [room, setRoom] = useState(0);
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const drag = useRef<{ startY: number; startHeight: number } | null>(null);
  // A drag ends with a click on the handle, which must not also count as a press.
  const dragged = useRef(false);
  const content = useRef<HTMLDivElement>(null);

  // A point opened from nothing starts at the peek.
  useEffect(() => setSheet('peek'), [setSheet]);
  // A newly opened (or stepped-to) point starts at its top; nothing else moves the scroll.
  useLayoutEffect(() => {
    body.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  // The peek is as tall as the contents above the marked end; the room is the space the sheet shares with the body.
  useLayoutEffect(() => {
    const measure = () => {
      const b = body.current;
      const parent = sheet.current?.parentElement;
      if (!b || !parent) return;
      setRoom(parent.clientHeight);
      const end = b.querySelector('[data-sheet-peek="end"]');
      if (end) {
        const bottom = end.getBoundingClientRect().bottom - b.getBoundingClientRect().top + b.scrollTop;
        setPeek(Math.ceil(bottom + (bar.current?.offsetHeight ?? 0) + 8));
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (content.current) observer.observe(content.current);
    const parent = sheet.current?.parentElement;
    if (parent) observer.observe(parent);
    return () => observer.disconnect();
  }, [resetKey]);

  const heightOf = (s: SheetState) => {
    if (!room) return undefined;
    if (s === 'full') return room - fullStrip;
    const capped = Math.floor(room * share[s]);
    return s === 'peek' ? Math.min(peek, capped) : Math.max(capped, Math.min(peek, capped) + 1);
  };
  const height = dragHeight ?? heightOf(state);

  const onPointerDown = (e: React.PointerEvent) => {
    if (!sheet.current) return;
    drag.current = { startY: e.clientY, startHeight: sheet.current.offsetHeight };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const h = d.startHeight + (d.startY - e.clientY);
    setDragHeight(Math.max(heightOf('peek') ?? 0, Math.min(heightOf('full') ?? h, h)));
  };
  const onPointerUp = (e: React.PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    const moved = d.startY - e.clientY;
    setDragHeight(null);
    // A tap on the handle is a press (onClick); a drag snaps to the nearest height.
    if (Math.abs(moved) < 8) return;
    dragged.current = true;
    const h = d.startHeight + moved;
    const nearest = sheetStates.reduce((best, s) => (Math.abs((heightOf(s) ?? 0) - h) < Math.abs((heightOf(best) ?? 0) - h) ? s : best), state);
    setSheet(nearest);
    e.preventDefault();
  };

  return (
    <div
      className={`bottom-sheet bottom-sheet--${state}${dragHeight === null ? '' : ' bottom-sheet--dragging'}`}
      ref={sheet}
      style={height === undefined ? undefined : { height }}
      data-sheet={state}
    >
      <div className="bottom-sheet__bar" ref={bar}>
        <button type="button" className="bottom-sheet__less" onClick={() => setSheet(smaller(state))} disabled={state === 'peek'} aria-label={t.sheetSmaller}>
          <span aria-hidden="true">▾</span>
        </button>
        <button
          type="button"
          className="bottom-sheet__handle"
          aria-label={`${t.sheetHandle} (${t[`sheet_${state}`]})`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => {
            drag.current = null;
            setDragHeight(null);
          }}
          onClick={() => {
            if (dragged.current) {
              dragged.current = false;
              return;
            }
            setSheet(state === 'full' ? 'peek' : larger(state));
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowUp') setSheet(larger(state));
            else if (e.key === 'ArrowDown') setSheet(smaller(state));
            else return;
            e.preventDefault();
          }}
        >
          <span className="bottom-sheet__grip" aria-hidden="true" />
        </button>
        <button type="button" className="bottom-sheet__more" onClick={() => setSheet(larger(state))} disabled={state === 'full'} aria-label={t.sheetLarger}>
          <span aria-hidden="true">▴</span>
        </button>
      </div>
      <div className="bottom-sheet__body" ref={body}>
        <div className="bottom-sheet__content" ref={content}>
          {children}
        </div>
      </div>
    </div>
  );
}
