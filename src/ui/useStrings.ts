import { stringsFor } from '../i18n/index.ts';
import type { Labels, Strings } from '../i18n/en.ts';
import { useAtlasStore } from '../state/store.ts';

/** The interface strings and value labels of the current language. */
export function useStrings(): { t: Strings; labels: Labels } {
  return stringsFor(useAtlasStore((s) => s.language));
}
