import { useMemo } from 'react';
import { pointIndex } from '../data/pointCatalogue.ts';
import { meridians } from '../data/meridians.ts';
import { filterCategories } from '../data/pointCategories.ts';
import { regions, safetyKinds } from '../data/enums.ts';
import { pointPasses } from '../state/selectors.ts';
import { useAtlasStore } from '../state/store.ts';
import { NotesTransfer } from './NotesBox.tsx';
import { useStrings } from '../i18n/useStrings.ts';

/** Layers (meridian lines, flow) and the point filters, with the count of points shown. */
export function FilterPanel() {
  const { t, labels } = useStrings();
  const filters = useAtlasStore((s) => s.filters);
  const channel = useAtlasStore((s) => s.channel);
  const toggleFilter = useAtlasStore((s) => s.toggleFilter);
  const clearFilters = useAtlasStore((s) => s.clearFilters);
  const showMeridians = useAtlasStore((s) => s.showMeridians);
  const flowPlaying = useAtlasStore((s) => s.flowPlaying);
  const setFlowPlaying = useAtlasStore((s) => s.setFlowPlaying);
  const setChannel = useAtlasStore((s) => s.setChannel);
  const showMarkers = useAtlasStore((s) => s.showMarkers);
  const showRuler = useAtlasStore((s) => s.showRuler);
  const showNeedle = useAtlasStore((s) => s.showNeedle);
  const showLandmarks = useAtlasStore((s) => s.showLandmarks);
  const setLayer = useAtlasStore((s) => s.setLayer);
  const shownCount = useMemo(() => pointIndex.filter((p) => pointPasses(p, filters, channel)).length, [filters, channel]);
  const filtered = (Object.values(filters) as readonly (readonly unknown[])[]).some((v) => v.length > 0);

  return (
    <section className="filter-panel" aria-label={t.filters}>
      <p className="filter-panel__count" role="status" aria-live="polite" data-testid="shown-count">
        {t.showing} {shownCount} {t.of} {pointIndex.length} {t.points}
      </p>
      {channel && (
        <p className="filter-panel__following">
          {t.following}: <strong>{labels.meridian[channel]}</strong>{' '}
          <button type="button" onClick={() => setChannel(null)}>
            {t.stopFollowing}
          </button>
        </p>
      )}
      <fieldset>
        <legend>{t.layers}</legend>
        <label>
          <input type="checkbox" checked={showMarkers} onChange={(e) => setLayer('showMarkers', e.target.checked)} /> {t.pointMarkers}
        </label>
        <label>
          <input type="checkbox" checked={showMeridians} onChange={(e) => setLayer('showMeridians', e.target.checked)} /> {t.meridianLines}
        </label>
        <label>
          <input type="checkbox" checked={flowPlaying} onChange={(e) => setFlowPlaying(e.target.checked)} /> {t.animateFlow}
        </label>
        <label>
          <input type="checkbox" checked={showRuler} onChange={(e) => setLayer('showRuler', e.target.checked)} /> {t.cunRuler}
        </label>
        <label>
          <input type="checkbox" checked={showNeedle} onChange={(e) => setLayer('showNeedle', e.target.checked)} /> {t.needleGuide}
        </label>
        <label>
          <input type="checkbox" checked={showLandmarks} onChange={(e) => setLayer('showLandmarks', e.target.checked)} /> {t.landmarks}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t.byMeridian}</legend>
        {meridians.map((m) => (
          <label key={m.code}>
            <input type="checkbox" checked={filters.meridians.includes(m.code)} onChange={() => toggleFilter('meridians', m.code)} />
            <span className="swatch" style={{ background: m.color }} aria-hidden="true" /> {m.code} {labels.meridian[m.code]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.byCategory}</legend>
        {filterCategories.map((c) => (
          <label key={c}>
            <input type="checkbox" checked={filters.classifications.includes(c)} onChange={() => toggleFilter('classifications', c)} />{' '}
            {c === 'five_transporting' ? t.fiveTransporting : labels.classification[c]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.byRegion}</legend>
        {regions.map((r) => (
          <label key={r}>
            <input type="checkbox" checked={filters.regions.includes(r)} onChange={() => toggleFilter('regions', r)} /> {labels.region[r]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.bySafety}</legend>
        {safetyKinds.map((k) => (
          <label key={k}>
            <input type="checkbox" checked={filters.safety.includes(k)} onChange={() => toggleFilter('safety', k)} /> {labels.safety[k]}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={clearFilters} disabled={!filtered}>
        {t.clearFilters}
      </button>
      <fieldset>
        <legend>{t.notes}</legend>
        <NotesTransfer />
      </fieldset>
    </section>
  );
}
