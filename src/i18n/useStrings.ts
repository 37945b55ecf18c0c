import { useAtlasStore } from '../state/store.ts';
import type { Labels, Strings } from './en.ts';
import { stringsFor, type Language } from './index.ts';
import { formatMessage } from './messages.ts';
import type { AtlasMessage } from './messages.ts';

/** The interface strings, value labels and message formatter of the current language (for the UI and the scene). */
export function useStrings(): { t: Strings; labels: Labels; language: Language; say: (message: AtlasMessage) => string } {
  const language = useAtlasStore((s) => s.language);
  const { t, labels } = stringsFor(language);
  return { t, labels, language, say: (message) => formatMessage(t, message) };
}
