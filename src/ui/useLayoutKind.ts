import { useSyncExternalStore } from 'react';

/**
 * The three layouts: a phone held upright (top bar, bottom sheet), a phone on its side (top bar, side panel) and
 * everything wider (toolbar and side panel, as on a laptop or a projector).
 */
export type LayoutKind = 'phone' | 'phone-landscape' | 'desktop';

const queries = {
  phone: '(max-width: 760px)',
  landscape: '(max-height: 520px) and (orientation: landscape)',
  coarse: '(pointer: coarse)',
} as const;

const media = (q: string) => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(q) : null);

function subscribe(onChange: () => void): () => void {
  const lists = Object.values(queries).map(media);
  for (const l of lists) l?.addEventListener('change', onChange);
  return () => {
    for (const l of lists) l?.removeEventListener('change', onChange);
  };
}

function layoutNow(): LayoutKind {
  if (media(queries.phone)?.matches) return 'phone';
  if (media(queries.landscape)?.matches) return 'phone-landscape';
  return 'desktop';
}

/** The layout for the current window; follows rotation and resizing. */
export function useLayoutKind(): LayoutKind {
  return useSyncExternalStore(subscribe, layoutNow, () => 'desktop');
}

function touchNow(): boolean {
  return Boolean(media(queries.coarse)?.matches) || (typeof navigator !== 'undefined' && navigator.maxTouchPoints > 0 && !media('(pointer: fine)')?.matches);
}

/** Whether the main input is a finger (touch gestures) rather than a mouse. */
export function useTouchInput(): boolean {
  return useSyncExternalStore(subscribe, touchNow, () => false);
}
