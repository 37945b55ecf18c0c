import { useStrings } from '../i18n/useStrings.ts';
import { useCompare } from '../state/compare.ts';
import { useAtlasStore } from '../state/store.ts';

/** The point panel's "Add to compare": puts the point in the compared list and opens the Compare panel. */
export function AddToCompare({ code }: { code: string }) {
  const { t } = useStrings();
  const inList = useCompare((s) => s.codes.includes(code));
  return (
    <button
      type="button"
      className="add-to-compare"
      aria-pressed={inList}
      onClick={() => {
        useCompare.getState().add(code);
        useAtlasStore.getState().setStudyPanel('compare');
      }}
    >
      {t.addToCompare}
    </button>
  );
}
