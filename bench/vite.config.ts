/**
 * Builds bench/model-viewer.html, the comparison page of `npm run bench`, into its own directory.
 * scripts/bench.ts calls modelViewerBenchConfig(); standalone: `npx vite build -c bench/vite.config.ts`
 * (reads BENCH_POINTS, a file written by `npm run --silent export:points`, and BENCH_OUT_DIR).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig, type InlineConfig, type Plugin } from 'vite';

const benchDir = import.meta.dirname;
const projectRoot = resolve(benchDir, '..');
/** Where the page is built unless told otherwise (.cache/ is git-ignored). */
export const defaultOutDir = resolve(projectRoot, '.cache', 'bench', 'model-viewer');

export interface ExportedPoint {
  id: string;
  code: string;
  side: string;
  pinyin?: string;
  position: [number, number, number];
  normal: [number, number, number];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One <button> per point, the way a model-viewer author would write hotspots. */
export function hotspotMarkup(points: readonly ExportedPoint[]): string {
  return points
    .map((p) => {
      const label = `${p.code}${p.pinyin ? ` ${p.pinyin}` : ''}${p.side === 'midline' ? '' : ` (${p.side})`}`;
      return `<button class="hotspot" slot="hotspot-${escapeHtml(p.id)}" data-position="${p.position.join(' ')}" data-normal="${p.normal.join(' ')}" data-visibility-attribute="visible" aria-label="${escapeHtml(label)}"></button>`;
    })
    .join('\n      ');
}

function benchAssets(pointsFile: string): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'bench-model-viewer-assets',
    apply: 'build',
    transformIndexHtml(html) {
      const { points } = JSON.parse(readFileSync(pointsFile, 'utf8')) as { points: ExportedPoint[] };
      if (!Array.isArray(points) || points.length === 0) throw new Error(`${pointsFile} has no points`);
      if (!html.includes('<!-- hotspots -->')) throw new Error('model-viewer.html lost its <!-- hotspots --> placeholder');
      return html.replace('<!-- hotspots -->', hotspotMarkup(points));
    },
    generateBundle() {
      // The same GLB the atlas serves, and a self-hosted meshopt decoder for model-viewer to load.
      this.emitFile({ type: 'asset', fileName: 'models/body.glb', source: readFileSync(resolve(projectRoot, 'public/models/body.glb')) });
      const decoder = require.resolve('three/examples/jsm/libs/meshopt_decoder.module.js');
      this.emitFile({ type: 'asset', fileName: 'decoders/meshopt_decoder.module.js', source: readFileSync(decoder) });
    },
  };
}

/** The whole build configuration; configFile stays false so the app's vite.config.ts (PWA, React) is not merged. */
export function modelViewerBenchConfig(options: { pointsFile: string; outDir?: string | undefined }): InlineConfig {
  return {
    configFile: false,
    root: benchDir,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins: [benchAssets(options.pointsFile)],
    build: {
      target: 'es2022',
      outDir: options.outDir ?? defaultOutDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: resolve(benchDir, 'model-viewer.html') },
    },
  };
}

export default defineConfig(
  modelViewerBenchConfig({
    pointsFile: process.env.BENCH_POINTS ?? resolve(projectRoot, '.cache', 'bench', 'points.json'),
    outDir: process.env.BENCH_OUT_DIR,
  }),
);
