import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** One precache entry: a file of the build and the hash of its content. */
export interface PrecacheEntry {
  readonly url: string;
  readonly revision: string;
}

/** Every file under a folder, as URL paths relative to it. */
function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, root) : [relative(root, full).split('\\').join('/')];
  });
}

/** The Chinese texts and strings: downloaded only when a user chooses that script, then kept for offline use. */
const chosenOnly = /^assets\/zh-Han[st]-[\w-]+\.js$/;

/**
 * The precache list of a build: every file but the worker itself, source maps and the chunks of a language the user
 * has to choose (`onDemand`, cached by the worker once requested), each revisioned by a hash of its content (so a file
 * changed at the same size and name is fetched again), and the build's id, a hash of both lists.
 */
export function precacheManifest(files: readonly { url: string; bytes: Uint8Array }[]): { entries: PrecacheEntry[]; onDemand: string[]; build: string } {
  const all = files
    .filter((f) => f.url !== 'sw.js' && !f.url.endsWith('.map'))
    .map((f) => ({ url: f.url, revision: createHash('sha256').update(f.bytes).digest('hex').slice(0, 16) }))
    .sort((a, b) => a.url.localeCompare(b.url));
  const entries = all.filter((e) => !chosenOnly.test(e.url));
  const onDemand = all.filter((e) => chosenOnly.test(e.url)).map((e) => e.url);
  const build = createHash('sha256').update(JSON.stringify(all)).digest('hex').slice(0, 12);
  return { entries, onDemand, build };
}

const workerSource = fileURLToPath(new URL('../src/serviceWorker.ts', import.meta.url));

/**
 * Offline after the first visit: after the app is written, builds `sw.js` from src/serviceWorker.ts (Workbox's
 * precaching and routing, bundled by Vite itself) with the precache list of everything in the output folder.
 * Not vite-plugin-pwa: its workbox-build pulls in rollup, whose platform packages the registry here lacks.
 */
export function offlinePlugin(): Plugin {
  let root = '';
  return {
    name: 'atlas-offline',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async writeBundle(options) {
      const outDir = resolve(root, options.dir ?? 'dist');
      const { entries, onDemand, build } = precacheManifest(filesUnder(outDir).map((url) => ({ url, bytes: readFileSync(join(outDir, url)) })));
      const { build: viteBuild } = await import('vite');
      await viteBuild({
        configFile: false,
        root,
        logLevel: 'warn',
        publicDir: false,
        define: {
          __ATLAS_PRECACHE__: JSON.stringify(entries),
          __ATLAS_ON_DEMAND__: JSON.stringify(onDemand),
          __ATLAS_BUILD__: JSON.stringify(build),
          'process.env.NODE_ENV': JSON.stringify('production'),
        },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          sourcemap: false,
          target: 'es2022',
          rollupOptions: { input: workerSource, output: { format: 'iife', entryFileNames: 'sw.js' } },
        },
      });
    },
  };
}
