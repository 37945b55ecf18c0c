import { useStrings } from '../i18n/useStrings.ts';
import { useAtlasStore } from '../state/store.ts';

/** The point panel's "Add to compare": puts the point in the compared list and opens the Compare panel. */
export function AddToCompare({ code }: { code: string }) {
  const { t } = useStrings();
  const inList = useAtlasStore((s) => s.compared.includes(code));
  return (
    <button
      type="button"
      className="add-to-compare"
      aria-pressed={inList}
      onClick={() => {
        const store = useAtlasStore.getState();
        store.addCompared(code);
        store.setStudyPanel('compare');
      }}
    >
      {t.addToCompare}
    </button>
  );
}
