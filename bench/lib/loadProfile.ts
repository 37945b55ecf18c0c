import type { Browser } from '@playwright/test';

/** How a first visit is simulated: the screen, and optionally a slow link and a slow CPU (Chrome DevTools Protocol). */
export interface LoadProfile {
  readonly name: string;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly mobile: boolean;
  /** Network.emulateNetworkConditions: bits per second down, round-trip time in ms */
  readonly network?: { readonly downBitsPerSecond: number; readonly upBitsPerSecond: number; readonly rttMs: number };
  /** Emulation.setCPUThrottlingRate: 4 = four times slower */
  readonly cpuSlowdown?: number;
}

/** Milliseconds from navigation: first paint of anything, first byte count of the body on screen, body drawn. */
export interface LoadTimes {
  readonly firstPaintMs: number | null;
  readonly firstProgressMs: number | null;
  readonly bodyReadyMs: number | null;
}

export const desktopProfile: LoadProfile = { name: 'desktop, local link', viewport: { width: 1280, height: 800 }, mobile: false };
export const slowPhoneProfile: LoadProfile = {
  name: 'phone, 1.6 Mbit/s 150 ms, CPU ×4',
  viewport: { width: 390, height: 844 },
  mobile: true,
  network: { downBitsPerSecond: 1.6e6, upBitsPerSecond: 750e3, rttMs: 150 },
  cpuSlowdown: 4,
};

// Plain page JavaScript (a string, so no compiler helpers leak in): note when the download progress first shows,
// that is when a frame has been drawn with it (a stylesheet still on its way holds frames back): the second
// animation frame after it is in the page.
const watchProgress = `(() => {
  window.__loadTimes = { progressAt: null, seen: false };
  const look = () => {
    if (window.__loadTimes.seen || !document.querySelector('.model-status__progress')) return;
    window.__loadTimes.seen = true;
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__loadTimes.progressAt = performance.now(); }));
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true });
})();`;

/** One fresh first visit (empty cache, no service worker) under a profile. */
export async function measureLoad(browser: Browser, url: string, profile: LoadProfile, maxMs = 120_000): Promise<LoadTimes> {
  const context = await browser.newContext({
    viewport: profile.viewport,
    isMobile: profile.mobile,
    hasTouch: profile.mobile,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(maxMs);
    await page.addInitScript({ content: watchProgress });
    const cdp = await context.newCDPSession(page);
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.network.rttMs,
        downloadThroughput: profile.network.downBitsPerSecond / 8,
        uploadThroughput: profile.network.upBitsPerSecond / 8,
      });
    }
    if (profile.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__ATLAS__ !== undefined);
    const bodyReadyMs = await page.evaluate(() => window.__ATLAS__!.ready.then(() => performance.now()));
    return await page.evaluate((ready) => {
      const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint') ?? performance.getEntriesByType('paint')[0];
      const times = (window as unknown as { __loadTimes: { progressAt: number | null } }).__loadTimes;
      return { firstPaintMs: paint ? paint.startTime : null, firstProgressMs: times.progressAt, bodyReadyMs: ready };
    }, bodyReadyMs);
  } finally {
    await context.close();
  }
}
