import { useAtlasStore } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';

/** Toolbar buttons that open the filters drawer or the list of all points. */
export function DrawerToggles() {
  const { t } = useStrings();
  const drawer = useAtlasStore((s) => s.drawer);
  const setDrawer = useAtlasStore((s) => s.setDrawer);
  const toggle = (which: 'filters' | 'list') => setDrawer(drawer === which ? null : which);
  return (
    <div className="toolbar__group">
      <button type="button" aria-pressed={drawer === 'filters'} aria-controls={drawer ? 'side-drawer' : undefined} onClick={() => toggle('filters')}>
        {t.filters}
      </button>
      <button type="button" aria-pressed={drawer === 'list'} aria-controls={drawer ? 'side-drawer' : undefined} onClick={() => toggle('list')}>
        {t.allPoints}
      </button>
    </div>
  );
}
