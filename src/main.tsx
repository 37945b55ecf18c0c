import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { installAtlasHandle } from './lib/atlasHandle.ts';
import { languageFromStored } from './i18n/index.ts';
import { useAtlasStore } from './state/store.ts';
import { storageKeys } from './lib/storageKeys.ts';
import { startUrlSync } from './state/urlSync.ts';
import { registerOfflineWorker } from './lib/offlineWorker.ts';
import { useAppStatus } from './state/appStatus.ts';
import { openLessonFromLink } from './state/lessonLinkOpen.ts';
import { hydrateStudyRecords } from './state/studyRecords.ts';
import { startUserDataSync } from './state/userData.ts';
import './ui/atlas.css';

/** True when the browser can create a WebGL context at all. */
function hasWebgl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** The language chosen on an earlier visit, if any. */
function rememberedLanguage() {
  try {
    return languageFromStored(localStorage.getItem(storageKeys.language));
  } catch {
    return null;
  }
}

// The user's stored data is read first, synchronously, so nothing can be written before it has been read.
startUserDataSync();
installAtlasHandle();
const language = rememberedLanguage();
// A language whose strings do not download is reported with Retry (the store's setLanguage), never dropped silently.
if (language && language !== 'en') void useAtlasStore.getState().setLanguage(language);
openLessonFromLink();
startUrlSync();
if (!hasWebgl()) useAtlasStore.getState().setWebgl('unavailable');
void hydrateStudyRecords();
// Start downloading the body before React mounts; the point list works while it loads, or if it fails.
void useAtlasStore.getState().loadBody();

// Offline after the first visit (production builds only; the worker file is generated at build time).
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  registerOfflineWorker(`${import.meta.env.BASE_URL}sw.js`, (applyUpdate) => useAppStatus.setState({ updateReady: true, applyUpdate }));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
