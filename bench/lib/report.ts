/** Budgets (issue 6) and the printed table. A budget never changes the exit code. */

export interface AtlasResult {
  modelBytes: number;
  jsGzipBytes: number;
  firstFrameMs: number | null;
  frameMsBody: number | null;
  frameMsAllMarkers: number | null;
  clickToPanelMs: number | null;
  resolveAllMs: number | null;
  points: number | null;
  heapMB: number | null;
}

export interface ModelViewerResult {
  modelBytes: number;
  jsGzipBytes: number;
  firstFrameMs: number | null;
  frameMsBody: number | null;
  frameMsAllMarkers: number | null;
  heapMB: number | null;
  hotspots: number | null;
}

export interface Budget {
  /** the value checked */
  value: number | null;
  /** the largest value that passes */
  limit: number | null;
  /** null when either side could not be measured */
  ok: boolean | null;
}

const KB = 1024;
const MB = 1024 * 1024;

const check = (value: number | null, limit: number | null): Budget => ({
  value,
  limit,
  ok: value === null || limit === null ? null : value <= limit,
});

/** The extra fraction of a frame that the markers cost (0.1 = 10 %). */
export const overhead = (body: number | null, all: number | null): number | null =>
  body === null || all === null || body <= 0 ? null : Math.round(((all - body) / body) * 1000) / 1000;

export function budgets(a: AtlasResult, mv: ModelViewerResult | null): Record<string, Budget> {
  return {
    modelBytes: check(a.modelBytes, MB),
    jsGzipBytes: check(a.jsGzipBytes, 450 * KB),
    firstFrameMs: check(a.firstFrameMs, mv?.firstFrameMs ?? null),
    frameMsBody: check(a.frameMsBody, mv?.frameMsBody ?? null),
    frameMsAllMarkers: check(a.frameMsAllMarkers, mv?.frameMsAllMarkers ?? null),
    markersOverhead: check(overhead(a.frameMsBody, a.frameMsAllMarkers), 0.15),
    clickToPanelMs: check(a.clickToPanelMs, a.frameMsAllMarkers === null ? null : Math.round(3 * a.frameMsAllMarkers + 100)),
    resolveAllMs: check(a.resolveAllMs, 200),
  };
}

const ms = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(0)} ms`);
const kb = (x: number | null) => (x === null ? 'n/a' : `${(x / KB).toFixed(1)} KB`);
const mib = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} MB`);
const pct = (x: number | null) => (x === null ? 'n/a' : `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)} %`);
const mark = (b: Budget | undefined) => (!b ? '' : b.ok === null ? '?' : b.ok ? '✓' : '✗');

export interface TableContext {
  renderer: string;
  viewport: string;
  browser: string;
  /** the machine's load while measuring: timings are only comparable within one run */
  load: string;
}

/** A plain-text table: atlas and model-viewer side by side, then the budget and ✓/✗. */
export function table(a: AtlasResult, mv: ModelViewerResult | null, b: Record<string, Budget>, ctx: TableContext): string {
  const dash = '—';
  const rows: [string, string, string, string, string][] = [
    ['metric', 'atlas', 'model-viewer', 'budget', ''],
    ['model (body.glb)', kb(a.modelBytes), mv ? kb(mv.modelBytes) : 'n/a', '≤ 1024 KB', mark(b.modelBytes)],
    ['JS on first visit (gzip -9)', kb(a.jsGzipBytes), mv ? kb(mv.jsGzipBytes) : 'n/a', '≤ 450 KB', mark(b.jsGzipBytes)],
    ['first frame (median of 5)', ms(a.firstFrameMs), ms(mv?.firstFrameMs ?? null), '≤ model-viewer', mark(b.firstFrameMs)],
    ['frame, body only (orbit)', ms(a.frameMsBody), ms(mv?.frameMsBody ?? null), '≤ model-viewer', mark(b.frameMsBody)],
    ['frame, all markers (orbit)', ms(a.frameMsAllMarkers), ms(mv?.frameMsAllMarkers ?? null), '≤ model-viewer', mark(b.frameMsAllMarkers)],
    [
      'markers add to a frame',
      pct(overhead(a.frameMsBody, a.frameMsAllMarkers)),
      pct(mv ? overhead(mv.frameMsBody, mv.frameMsAllMarkers) : null),
      '≤ +15 %',
      mark(b.markersOverhead),
    ],
    ['click → panel (median of 5)', ms(a.clickToPanelMs), dash, `≤ 3 frames + 100 = ${ms(b.clickToPanelMs?.limit ?? null)}`, mark(b.clickToPanelMs)],
    ['resolve all points', ms(a.resolveAllMs), dash, '≤ 200 ms', mark(b.resolveAllMs)],
    ['points / hotspots', a.points === null ? 'n/a' : String(a.points), mv?.hotspots == null ? 'n/a' : String(mv.hotspots), '', ''],
    ['JS heap after load', mib(a.heapMB), mib(mv?.heapMB ?? null), '', ''],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [
    `Acupoint Atlas benchmark — ${ctx.browser}, ${ctx.viewport}`,
    `WebGL: ${ctx.renderer}; ${ctx.load}`,
    '',
    line(rows[0]!),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.slice(1).map(line),
    '',
    'KB = 1024 bytes, MB = 1024 KB. Frame = input → frame drawn → next rAF. Budgets are reported, never enforced.',
  ];
  return out.join('\n');
}
