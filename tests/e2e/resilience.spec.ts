import { expect, test } from '@playwright/test';
import { openAtlas, settledVisiblePosition, waitForFirstFrame } from './helpers.ts';

/** What the atlas must survive: a broken model, no WebGL, a lost context, bad links, no network. */
test.describe('when things go wrong', () => {
  for (const [fault, body, status, message] of [
    ['missing (404)', '', 404, /could not be downloaded|not found/],
    ['truncated', 'truncate', 200, /damaged|could not be decoded/],
    ['not a glTF file', 'hello, I am not a model', 200, /damaged|could not be decoded/],
  ] as const) {
    test(`a ${fault} model: a message, Retry, and the whole catalogue still usable`, async ({ page }, info) => {
      let broken = true;
      await page.route('**/models/body.glb', async (route) => {
        if (!broken) return route.continue();
        if (body === 'truncate') {
          const response = await route.fetch();
          const bytes = await response.body();
          return route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: bytes.subarray(0, Math.floor(bytes.length / 3)) });
        }
        return route.fulfill({ status, contentType: 'model/gltf-binary', body });
      });
      await page.goto('/');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The 3D body could not be loaded');
      await expect(alert).toContainText(message);
      // the list and the full panel work without 3D
      await page.getByRole('navigation', { name: 'Point list' }).getByRole('button', { name: /SP6/ }).click();
      const panel = page.getByRole('complementary', { name: /SP6/ });
      await expect(panel).toContainText('Pregnancy');
      await expect(panel.getByTestId('needle-depth')).toBeVisible();
      // search still works
      await page.getByRole('combobox', { name: 'Search points' }).fill('hegu');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('complementary', { name: /LI4/ })).toBeVisible();
      await page.screenshot({ path: info.outputPath('model-error.png') });
      // Retry once the file is back: the body appears and the selection is kept
      broken = false;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await waitForFirstFrame(page);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.getByRole('complementary', { name: /LI4/ })).toBeVisible();
    });
  }

  test('no WebGL: list mode with search and the full panel', async ({ page }, info) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith('webgl') || type === 'experimental-webgl') return null;
        return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof HTMLCanvasElement.prototype.getContext;
    });
    await page.goto('/?point=KI1');
    await expect(page.getByRole('alert')).toContainText('WebGL is unavailable');
    await expect(page.locator('canvas')).toHaveCount(0);
    await expect(page.getByRole('complementary', { name: /KI1/ })).toContainText('0.3–0.5 cun');
    await page.getByRole('navigation', { name: 'Point list' }).getByRole('button', { name: /GV20/ }).click();
    await expect(page.getByRole('complementary', { name: /GV20/ })).toBeVisible();
    await page.screenshot({ path: info.outputPath('no-webgl.png') });
  });

  test('a lost WebGL context falls back to the list and the scene comes back when it is restored', async ({ page }) => {
    await openAtlas(page);
    await page.evaluate(() => {
      const gl = document.querySelector('canvas')!.getContext('webgl2')!;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
      ext.loseContext();
    });
    await expect(page.getByRole('alert')).toContainText('interrupted');
    await expect(page.getByRole('navigation', { name: 'Point list' })).toBeVisible();
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Point list' })).toHaveCount(0);
    const frames = await page.evaluate(() => window.__ATLAS__!.frames);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.__ATLAS__!.frames)).toBeGreaterThan(frames);
  });

  test('unknown values in a link are named; the rest of the link still applies', async ({ page }) => {
    await openAtlas(page, '?point=LI4&channel=XX&body=alien');
    await expect(page.getByRole('alert')).toContainText('channel "XX"');
    await expect(page.getByRole('alert')).toContainText('body "alien"');
    await expect(page.getByRole('complementary', { name: /LI4/ })).toBeVisible();
  });

  test('no request leaves the app origin, and the page carries a same-origin Content-Security-Policy', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await openAtlas(page, '?point=KI1');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-Hans');
    await page.getByRole('button', { name: '测验：认穴' }).click();
    // The quiz chunk and its strings have loaded once its panel shows.
    await expect(page.getByRole('complementary', { name: /测验/ })).toBeVisible();
    expect(foreign).toEqual([]);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
  });

  test('offline after the first visit: a reload shows the body again', async ({ page, context }) => {
    await openAtlas(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // the first visit's page is not controlled yet; a reload is, and fills the runtime cache
    await page.reload();
    await waitForFirstFrame(page);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await waitForFirstFrame(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await page.evaluate(() => window.__ATLAS__!.markerIds().length)).toBeGreaterThan(700);
    const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifest).toBeTruthy();
    await context.setOffline(false);
  });
});

/** Parts downloaded on demand: a failure shows a message and a Retry that downloads again; the page never blanks. */
test.describe('when a part of the app does not download', () => {
  // The offline worker would answer from its cache, past the interception: these are first visits.
  test.use({ serviceWorkers: 'block' });
  test('the quiz', async ({ page }) => {
    await openAtlas(page);
    await page.route('**/assets/QuizPanel-*.js', (route) => route.abort());
    await page.getByRole('button', { name: 'Quiz: find' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The quiz could not be downloaded' });
    await expect(alert).toBeVisible();
    await expect(page.getByRole('button', { name: 'Front', exact: true })).toBeVisible();
    await page.unroute('**/assets/QuizPanel-*.js');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('complementary', { name: /Quiz/ })).toContainText('Question 1 / 10');
  });

  test('the 3D view', async ({ page }) => {
    await page.route('**/assets/AtlasCanvas-*.js', (route) => route.abort());
    await page.goto('/?point=ST36');
    const alert = page.getByRole('alert').filter({ hasText: 'The 3D view could not be downloaded' });
    await expect(alert).toBeVisible();
    // the rest of the atlas works: the point's panel, and the list of points
    await expect(page.getByRole('complementary', { name: /ST36/ }).getByTestId('needle-depth')).toHaveText('1–1.5 cun');
    await page.getByRole('button', { name: 'All points' }).click();
    await expect(page.locator('#side-drawer')).toContainText('LI4');
    await page.unroute('**/assets/AtlasCanvas-*.js');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('canvas')).toBeVisible();
    await page.evaluate(() => window.__ATLAS__!.ready);
  });

  test('the point texts', async ({ page }) => {
    await page.route('**/assets/en-*.js', (route) => route.abort());
    await page.goto('/?point=KI1');
    const panel = page.getByRole('complementary', { name: /KI1/ });
    await expect(panel.getByRole('alert')).toContainText('The point descriptions could not be downloaded');
    await page.unroute('**/assets/en-*.js');
    await panel.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('complementary', { name: /KI1/ }).getByTestId('needle-depth')).toHaveText('0.3–0.5 cun');
  });

  test('the Chinese interface', async ({ page }) => {
    await openAtlas(page);
    await page.route('**/assets/zh-*.js', (route) => route.abort());
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-Hans');
    const alert = page.getByRole('alert').filter({ hasText: 'The Chinese interface could not be downloaded' });
    await expect(alert).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sole', exact: true })).toBeVisible();
    await page.unroute('**/assets/zh-*.js');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('button', { name: '足底' })).toBeVisible();
  });

  test('the import', async ({ page }) => {
    await openAtlas(page);
    await page.route('**/assets/ImportDialog-*.js', (route) => route.abort());
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByTestId('import-file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"app":"acupoint-atlas","schemaVersion":1,"notes":{"KI1":"x"},"favourites":[],"quizHistory":[]}'),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'The import could not start' });
    await expect(alert).toBeVisible();
    await page.unroute('**/assets/ImportDialog-*.js');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('dialog', { name: /Import notes from notes.json/ })).toContainText('adds 1 notes');
  });
});

test.describe('inputs that could hurt', () => {
  test('a camera pose far from the body in a link is refused with the link message; the view stays usable', async ({ page }) => {
    await openAtlas(page, '?point=LI4&view=1e308,0,0,-1e308,0,0');
    await expect(page.getByRole('alert')).toContainText('view "1e308,0,0,-1e308,0,0"');
    await expect(page.getByRole('complementary', { name: /LI4/ })).toBeVisible();
    await page.getByRole('button', { name: 'Front', exact: true }).click();
    await settledVisiblePosition(page, 'CV12');
  });

  test('a pasted 5,000-character search is capped and the box keeps working', async ({ page }) => {
    await openAtlas(page);
    const box = page.getByRole('combobox', { name: 'Search points' });
    await box.fill('needling '.repeat(600));
    expect((await box.inputValue()).length).toBeLessThanOrEqual(200);
    await box.fill('hegu');
    await expect(page.getByRole('listbox', { name: 'Search points' }).getByRole('option').first()).toContainText('LI4');
  });

  test('a body download that stalls times out with a message and Retry', async ({ page }) => {
    let stall = true;
    await page.route('**/models/body.glb', (route) => (stall ? undefined : route.continue()));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('stalled', { timeout: 40_000 });
    stall = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForFirstFrame(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('a first visit on a slow link (1.6 Mbit/s, 150 ms)', () => {
  test.use({ serviceWorkers: 'block' });
  test('the body download starts before the scripts, shows its bytes on the loading screen, and is fetched once', async ({ page, context }) => {
    const bodyRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/models/body.glb')) bodyRequests.push(r.url());
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
    await page.goto('/', { waitUntil: 'commit' });
    // The page's own loading screen, before React replaces it, counts the body's bytes.
    const shell = page.locator('[data-early-loading]');
    await expect(shell.locator('progress')).toBeAttached();
    await expect(shell).toContainText(/\d+ \/ \d+ KB/);
    // The rest at full speed; the app takes over the same download rather than starting another.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await waitForFirstFrame(page);
    await expect(shell).toHaveCount(0);
    expect(bodyRequests).toHaveLength(1);
  });
});
