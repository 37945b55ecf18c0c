/**
 * The offline worker (built by vite-plugins/offline.ts into sw.js, with the precache list of this build).
 * - Every file of the build is precached, revisioned by its content hash and fetched with `cache: 'reload'`, so a
 *   server's HTTP cache (Last-Modified/ETag heuristics) never feeds an old file into a new version.
 * - The page is fetched from the network first (revalidated); when the server fails or answers with an error, the
 *   cached app is shown instead.
 * - A new version installs beside the old one and waits until the user accepts "Reload" (or no tab is open). Each
 *   version has its own cache, and the previous versions' caches stay while a tab may still use their chunks.
 */
import { PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;
/** Replaced at build time: every file of the build with its content hash. */
declare const __ATLAS_PRECACHE__: PrecacheEntry[];
/** Replaced at build time: a hash of the precache list, naming this version's cache. */
declare const __ATLAS_BUILD__: string;
/** Replaced at build time: the Chinese chunks, fetched only when a user chooses that script. */
declare const __ATLAS_ON_DEMAND__: string[];

const cachePrefix = 'acupoint-atlas-';
const cacheName = `${cachePrefix}precache-${__ATLAS_BUILD__}`;
const precache = new PrecacheController({ cacheName });
precache.addToCacheList(__ATLAS_PRECACHE__);

self.addEventListener('install', (event) => event.waitUntil(precache.install(event)));

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await precache.activate(event);
      // Earlier versions' caches serve tabs still showing those versions; once no tab is open, they go.
      const tabs = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      if (tabs.length === 0) await Promise.all((await olderCaches()).map((name) => caches.delete(name)));
    })(),
  );
});

// The user accepted "A new version is ready — Reload" (workbox-window's messageSkipWaiting).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

async function olderCaches(): Promise<string[]> {
  return (await caches.keys()).filter((name) => name.startsWith(cachePrefix) && name !== cacheName && name !== chosenCacheName);
}

const appShell = () => precache.matchPrecache('index.html');

// The page: network first, revalidated (never a heuristically "fresh" old copy); the cached app when the server fails.
registerRoute(
  new NavigationRoute(async ({ request }) => {
    try {
      const response = await fetch(request, { cache: 'no-cache' });
      if (response.status < 400 || response.type === 'opaqueredirect') return response;
    } catch {
      // offline or the server is down
    }
    return (await appShell()) ?? Response.error();
  }),
);

// A Chinese script's texts and strings: not precached (most users never choose it), but kept once requested, so a
// user who chose it keeps it offline. They belong to this version's cache family and go with it.
const chosenCacheName = `${cacheName}-chosen`;
const onDemand = new Set(__ATLAS_ON_DEMAND__.map((url) => new URL(url, self.registration.scope).href));
registerRoute(
  ({ url }) => onDemand.has(url.href),
  async ({ request }) => {
    const cache = await caches.open(chosenCacheName);
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    const response = await fetch(request, { cache: 'reload' });
    if (response.ok) await cache.put(request, response.clone());
    return response;
  },
);

// This version's files, from its precache.
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/.*/] }));

// Anything else of ours: an older version's chunk for a tab still on it, else the network.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.method === 'GET',
  async ({ request }) => {
    for (const name of await olderCaches()) {
      const hit = await (await caches.open(name)).match(request, { ignoreSearch: true, ignoreVary: true });
      if (hit) return hit;
    }
    return fetch(request);
  },
);

setCatchHandler(() => Promise.resolve(Response.error()));
