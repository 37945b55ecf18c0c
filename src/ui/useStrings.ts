import { en, enLabels, type Labels, type Strings } from '../i18n/en.ts';
import { useAtlasStore } from '../state/store.ts';

/** The interface strings and value labels of the current language. */
export function useStrings(): { t: Strings; labels: Labels } {
  useAtlasStore((s) => s.language);
  return { t: en, labels: enLabels };
}
