import { useStrings } from '../i18n/useStrings.ts';
import { useAtlasStore } from '../state/store.ts';

/** What narrows the markers on screen (a followed channel, active filters), each with one tap to clear it. */
export function ActiveChips() {
  const { t, labels } = useStrings();
  const channel = useAtlasStore((s) => s.channel);
  const filters = useAtlasStore((s) => s.filters);
  const setChannel = useAtlasStore((s) => s.setChannel);
  const clearFilters = useAtlasStore((s) => s.clearFilters);
  const mode = useAtlasStore((s) => s.mode);
  const filterCount = filters.meridians.length + filters.classifications.length + filters.regions.length + filters.safety.length;
  if (mode === 'present' || (!channel && filterCount === 0)) return null;
  return (
    <ul className="active-chips" aria-label={t.activeState}>
      {channel && (
        <li>
          <button type="button" className="active-chip" onClick={() => setChannel(null)} title={t.stopFollowing}>
            {t.following}: {labels.meridian[channel]} <span aria-hidden="true">✕</span>
            <span className="visually-hidden"> — {t.tapToClear}</span>
          </button>
        </li>
      )}
      {filterCount > 0 && (
        <li>
          <button type="button" className="active-chip" onClick={clearFilters} title={t.clearFilters}>
            {t.filtersOn}: {filterCount} <span aria-hidden="true">✕</span>
            <span className="visually-hidden"> — {t.tapToClear}</span>
          </button>
        </li>
      )}
    </ul>
  );
}
