import { useEffect } from 'react';
import { pointFactsByCode, pointIndex } from '../data/pointCatalogue.ts';
import type { MeridianCode } from '../data/schema.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { PointSequence, type StepDirection } from '../lib/pointSequence.ts';
import { useAtlasStore } from '../state/store.ts';

const sequence = new PointSequence(pointIndex);

export type StepBarProps = {
  /** the open point */
  code: string;
  /** its channel (the one "follow" shows alone) */
  meridian: MeridianCode;
};

/** Whether a key press belongs to a field being typed in (then it is not a shortcut). */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable;
}

/**
 * Opens the point one step along the channel cycle (LU11 → LI1 … LR14 → LU1; GV and CV end to end; EX among
 * themselves): selects it, then asks the camera to fly there. A followed channel moves on with the step, so the new
 * point is shown.
 */
function useStep(code: string) {
  const selectPoint = useAtlasStore((s) => s.selectPoint);
  const focusPoint = useAtlasStore((s) => s.focusPoint);
  const setChannel = useAtlasStore((s) => s.setChannel);
  return (direction: StepDirection) => {
    const to = sequence.step(code, direction);
    if (!to) return;
    const chosen = selectPoint(to);
    if (!chosen) return;
    const channel = useAtlasStore.getState().channel;
    const meridian = pointFactsByCode.get(to)?.meridian;
    if (channel && meridian && meridian !== channel) setChannel(meridian);
    focusPoint(chosen.code, chosen.side);
  };
}

/** Previous point, follow this channel, next point: at the top of the panel, with ← → and [ ] as keys. */
export function StepBar({ code, meridian }: StepBarProps) {
  const { t } = useStrings();
  const channel = useAtlasStore((s) => s.channel);
  const setChannel = useAtlasStore((s) => s.setChannel);
  const step = useStep(code);
  const previous = sequence.previous(code);
  const next = sequence.next(code);
  const following = channel === meridian;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const direction = e.key === 'ArrowRight' || e.key === ']' ? 1 : e.key === 'ArrowLeft' || e.key === '[' ? -1 : 0;
      if (!direction) return;
      e.preventDefault();
      step(direction);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="step-bar" role="group" aria-label={t.stepAlong}>
      <button type="button" className="step-bar__step" disabled={!previous} onClick={() => step(-1)} title={`${t.previousPoint} ([ ←)`}>
        ← {previous ?? t.previousPoint}
      </button>
      <button type="button" className="step-bar__follow" aria-pressed={following} onClick={() => setChannel(following ? null : meridian)}>
        {following ? t.stopFollowing : t.showMeridian}
      </button>
      <button type="button" className="step-bar__step" disabled={!next} onClick={() => step(1)} title={`${t.nextPoint} (] →)`}>
        {next ?? t.nextPoint} →
      </button>
    </div>
  );
}
