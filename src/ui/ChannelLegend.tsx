import { meridians } from '../data/meridians.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { useAtlasStore } from '../state/store.ts';

/** The colour of each channel's markers and line, over the body; opened from the toolbar or the phone menu. */
export function ChannelLegend() {
  const { t, labels } = useStrings();
  const open = useAtlasStore((s) => s.legendOpen);
  const setOpen = useAtlasStore((s) => s.setLegendOpen);
  const mode = useAtlasStore((s) => s.mode);
  if (!open || mode === 'present') return null;
  return (
    <section className="channel-legend" aria-labelledby="channel-legend-title">
      <h2 id="channel-legend-title">{t.legend}</h2>
      <button type="button" className="icon-button channel-legend__close" onClick={() => setOpen(false)} aria-label={t.closeLegend}>
        ×
      </button>
      <ul>
        {meridians.map((m) => (
          <li key={m.code}>
            <span className="swatch" style={{ background: m.color }} aria-hidden="true" />
            <span className="channel-legend__code">{m.code}</span> {labels.meridian[m.code]}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The toolbar's toggle for the legend. */
export function LegendToggle() {
  const { t } = useStrings();
  const open = useAtlasStore((s) => s.legendOpen);
  const setOpen = useAtlasStore((s) => s.setLegendOpen);
  return (
    <button type="button" aria-pressed={open} onClick={() => setOpen(!open)}>
      {t.legend}
    </button>
  );
}
