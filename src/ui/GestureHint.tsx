import { useState } from 'react';
import { useStrings } from '../i18n/useStrings.ts';
import { useAtlasStore } from '../state/store.ts';
import { useLayoutKind, useTouchInput } from './useLayoutKind.ts';
import { storageKeys } from '../lib/storageKeys.ts';

function dismissedBefore(): boolean {
  try {
    return localStorage.getItem(storageKeys.gestureHint) === '1';
  } catch {
    return false;
  }
}

/** On a first visit, how to turn, zoom, move and open a point with the input at hand (a finger or a mouse). */
export function GestureHint() {
  const { t } = useStrings();
  const touch = useTouchInput();
  const [dismissed, setDismissed] = useState(dismissedBefore);
  const ready = useAtlasStore((s) => s.modelStatus.state === 'ready' && s.webgl === 'ok');
  const mode = useAtlasStore((s) => s.mode);
  // On a phone an open point has the room below the body; the hint comes back when the sheet is closed.
  const pointOpen = useAtlasStore((s) => s.selectedCode !== null);
  const phone = useLayoutKind() !== 'desktop';
  if (dismissed || !ready || mode !== 'explore' || (phone && pointOpen)) return null;
  const dismiss = () => {
    setDismissed(true);
    try {
      localStorage.setItem(storageKeys.gestureHint, '1');
    } catch {
      // private mode: hidden for this visit only
    }
  };
  const lines = touch
    ? [t.gestureTouch_one, t.gestureTouch_pinch, t.gestureTouch_two, t.gestureTouch_tap]
    : [t.gestureMouse_drag, t.gestureMouse_wheel, t.gestureMouse_right, t.gestureMouse_click];
  return (
    <section className="gesture-hint" aria-label={t.gestureHint} data-input={touch ? 'touch' : 'mouse'}>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t.gotIt}
      </button>
    </section>
  );
}
