import { create } from 'zustand';
import type { Language } from '../i18n/index.ts';

/** The page's own housekeeping: a new version waiting, and a language whose strings did not download. */
export interface AppStatus {
  /** a new version is installed and waits for the user's Reload */
  updateReady: boolean;
  /** activates the waiting version and reloads (set by the worker registration) */
  applyUpdate: (() => void) | null;
  /** the language that was chosen but whose strings failed to download */
  languageFailed: Language | null;
}

export const useAppStatus = create<AppStatus>()(() => ({ updateReady: false, applyUpdate: null, languageFailed: null }));
