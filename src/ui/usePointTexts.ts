import { useEffect } from 'react';
import { useAtlasStore } from '../state/store.ts';

/**
 * For panels that list points other than the selected one: loads the point texts of the current language through
 * the store (which reports a failed download) and re-renders when they arrive.
 */
export function usePointTexts(): void {
  const language = useAtlasStore((s) => s.language);
  const ensurePointTexts = useAtlasStore((s) => s.ensurePointTexts);
  useAtlasStore((s) => s.loadedTextLanguages);
  useEffect(() => void ensurePointTexts(), [language, ensurePointTexts]);
}
