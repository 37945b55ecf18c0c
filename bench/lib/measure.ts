/** Browser-side measurements shared by both pages: fresh loads, script bytes, orbit frame times, heap. */
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/ensure-chromium.ts';
import './probe-types.ts';

export { chromiumPath };
export const viewport = { width: 1280, height: 800 } as const;
const probeScript = resolve(import.meta.dirname, '..', 'page-probe.js');

/** Headless Debian Chromium with software WebGL (SwiftShader) and no background traffic. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs],
  });
}

export interface ScriptStat {
  url: string;
  bytes: number;
  gzipBytes: number;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** every script response of the page so far, each body gzipped at level 9 */
  scripts: () => Promise<ScriptStat[]>;
  /** requests that would have left 127.0.0.1 (there should be none) */
  offsite: string[];
  /** uncaught page errors and console errors */
  errors: string[];
}

const isLoopback = (url: string) => {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
    return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  } catch {
    return true;
  }
};

function isScript(response: Response): boolean {
  if (response.request().resourceType() === 'script') return true;
  const type = response.headers()['content-type'] ?? '';
  return type.includes('javascript');
}

/** A new browser context (empty cache, no service worker yet, no storage) with one page, not yet navigated. */
export async function openFresh(browser: Browser): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.addInitScript({ path: probeScript });
  const offsite: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const pending: Promise<ScriptStat | null>[] = [];
  page.on('request', (request) => {
    if (!isLoopback(request.url())) offsite.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // failed requests are reported below, with their address
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`HTTP ${response.status()} ${response.url()}`);
    if (!isScript(response) || seen.has(response.url())) return;
    seen.add(response.url());
    pending.push(
      response
        .body()
        .then((body) => ({ url: response.url(), bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length }))
        .catch(() => null),
    );
  });
  const scripts = async () => (await Promise.all(pending)).filter((s): s is ScriptStat => s !== null);
  return { context, page, scripts, offsite, errors };
}

export const median = (xs: readonly number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export const round1 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);

/** Waits until the page has drawn nothing for three animation frames in a row (bounded). */
export async function waitIdle(page: Page, maxMs = 15_000): Promise<boolean> {
  return page.evaluate((ms) => window.__bench!.waitIdle(ms), maxMs);
}

export interface OrbitResult {
  median: number | null;
  samples: number[];
  /** steps that drew no frame within the time limit */
  missed: number;
  /** frames drawn per measured step (1 when each input draws exactly one frame) */
  framesPerStep: number;
}

/**
 * Orbits by dragging across `box` in small horizontal steps. Per step: the time from the pointermove event
 * until a frame has been drawn and one more requestAnimationFrame has passed. The page is let go idle
 * between steps, so each sample is one input and the first frame it caused.
 */
export async function orbit(page: Page, box: { x: number; y: number; width: number; height: number }, steps = 20, stepPx = 6): Promise<OrbitResult> {
  const warmUp = 2;
  let x = box.x + box.width * 0.25;
  const y = box.y + box.height * 0.5;
  await page.mouse.move(x, y);
  await waitIdle(page);
  await page.mouse.down();
  const samples: number[] = [];
  let missed = 0;
  let framesAtStart = 0;
  let drawn: number;
  try {
    for (let i = 0; i < warmUp + steps; i++) {
      if (i === warmUp) framesAtStart = await page.evaluate(() => window.__bench!.frames());
      await page.evaluate(() => window.__bench!.armMove());
      x += stepPx;
      await page.mouse.move(x, y);
      const ms = await page.evaluate(() => window.__bench!.moveDone(5_000));
      if (i >= warmUp) {
        if (ms === null) missed += 1;
        else samples.push(ms);
      }
      await waitIdle(page, 5_000);
    }
    drawn = (await page.evaluate(() => window.__bench!.frames())) - framesAtStart;
  } finally {
    await page.mouse.up();
  }
  await waitIdle(page);
  return { median: median(samples), samples: samples.map((s) => round1(s)!), missed, framesPerStep: round1(drawn / steps)! };
}

/** JS heap in use after a garbage collection, in MiB (CDP Performance.getMetrics → JSHeapUsedSize). */
export async function heapMB(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    return used === undefined ? null : round1(used / 1024 / 1024);
  } finally {
    await cdp.detach().catch(() => {});
  }
}
