import { Workbox } from 'workbox-window';

/**
 * Registers the offline worker. A new version installs in the background and waits: `onWaiting` gets the function
 * that lets it take over and reloads the page once it has (the user's "Reload"). Otherwise it takes over only when no
 * tab of the atlas is open, so an open tab never mixes chunks of two versions.
 */
export function registerOfflineWorker(url: string, onWaiting: (applyUpdate: () => void) => void): void {
  const wb = new Workbox(url);
  wb.addEventListener('waiting', () => {
    onWaiting(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  window.addEventListener('load', () => {
    wb.register().catch(() => {
      // Without a worker the atlas still works online; nothing to tell the user.
    });
  });
}
