import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { openAtlas, settledVisiblePosition, type ScreenPosition } from './helpers.ts';

type Touch = { x: number; y: number; id?: number };

/** Touch through the DevTools protocol: the browser turns it into pointer events and, for a tap, a click. */
async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', points: Touch[]) {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, i) => ({ x: p.x, y: p.y, id: p.id ?? i })) });
}

async function tap(cdp: CDPSession, x: number, y: number) {
  await touch(cdp, 'touchStart', [{ x, y }]);
  await touch(cdp, 'touchEnd', []);
}

/** Moves one or two fingers in `steps` steps from their start to their end. */
async function gesture(cdp: CDPSession, from: Touch[], to: Touch[], steps = 8) {
  await touch(cdp, 'touchStart', from);
  for (let s = 1; s <= steps; s++) {
    const k = s / steps;
    await touch(
      cdp,
      'touchMove',
      from.map((f, i) => ({ x: f.x + (to[i]!.x - f.x) * k, y: f.y + (to[i]!.y - f.y) * k, id: i })),
    );
  }
  await touch(cdp, 'touchEnd', []);
}

/** The camera's resting pose, read from the shared-link state the rig writes when a move ends. */
async function cameraPose(page: Page) {
  return page.evaluate(() => window.__ATLAS__!.cameraPose?.() ?? null);
}

/** Every visible marker's position on the page now. */
async function visibleMarkers(page: Page): Promise<Map<string, ScreenPosition>> {
  const entries = await page.evaluate(() => {
    const h = window.__ATLAS__!;
    return h.markerIds().map((id) => [id, h.screenPosition(id)] as const);
  });
  return new Map(entries.filter((e): e is [string, ScreenPosition] => Boolean(e[1]?.visible)));
}

/** A spot `offset` px from a marker, in the direction (of eight) that keeps farthest from its visible neighbours. */
async function besideMarker(page: Page, id: string, offset: number) {
  const p = await settledVisiblePosition(page, id);
  const others = [...(await visibleMarkers(page)).entries()].filter(([other]) => other !== id).map(([, q]) => q);
  let best = { x: p.x + offset, y: p.y, clearance: -1 };
  for (let k = 0; k < 8; k++) {
    const a = (k * Math.PI) / 4;
    const x = p.x + Math.cos(a) * offset;
    const y = p.y + Math.sin(a) * offset;
    const clearance = Math.min(...others.map((q) => Math.hypot(q.x - x, q.y - y)));
    if (clearance > best.clearance) best = { x, y, clearance };
  }
  return best;
}

test.describe('picking on a phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a tap 10 px beside ST36 opens ST36', async ({ page }, info) => {
    await openAtlas(page);
    const cdp = await page.context().newCDPSession(page);
    // Whole body on a phone: the knee points lie close under a fingertip. The tap opens ST36, or, where a rival lies
    // as close, asks with ST36 first; either way it never opens another point.
    let spot = await besideMarker(page, 'ST36-L', 10);
    await tap(cdp, spot.x, spot.y);
    const chooser = page.getByRole('dialog', { name: 'Which point?' });
    const panel = page.getByRole('complementary', { name: /ST36/ });
    await expect(panel.or(chooser.getByRole('button').filter({ hasText: /^ST36/ }))).toBeVisible();
    await page.screenshot({ path: info.outputPath('phone-tap-st36-whole-body.png') });
    if (await chooser.count()) {
      await expect(chooser.getByRole('listitem').first()).toContainText('ST36');
      await chooser.getByRole('button', { name: 'Close' }).click();
    } else {
      await page.getByRole('button', { name: 'Close point details' }).click();
      await expect(panel).toHaveCount(0);
    }
    // Spread two fingers over the knee, as a student would: now a tap beside ST36 opens it at once.
    const knee = await settledVisiblePosition(page, 'ST36-L');
    await gesture(
      cdp,
      [
        { x: knee.x - 15, y: knee.y - 15 },
        { x: knee.x + 15, y: knee.y + 15 },
      ],
      [
        { x: knee.x - 60, y: knee.y - 60 },
        { x: knee.x + 60, y: knee.y + 60 },
      ],
    );
    spot = await besideMarker(page, 'ST36-L', 10);
    await tap(cdp, spot.x, spot.y);
    await expect(page.getByRole('complementary', { name: /ST36/ })).toBeVisible();
    await expect(chooser).toHaveCount(0);
    await page.screenshot({ path: info.outputPath('phone-tap-st36.png') });
  });

  test('one finger rotates; two fingers pinch toward their centre and pan', async ({ page }) => {
    await openAtlas(page);
    const cdp = await page.context().newCDPSession(page);
    const canvas = (await page.locator('canvas').boundingBox())!;
    const cx = canvas.x + canvas.width / 2;
    const cy = canvas.y + canvas.height / 2;
    const start = await cameraPose(page);
    expect(start).not.toBeNull();

    // One finger across: the camera swings round the target; the distance to it stays.
    await gesture(cdp, [{ x: cx - 80, y: cy }], [{ x: cx + 80, y: cy }]);
    await expect.poll(async () => (await cameraPose(page))!.position[0]).not.toBeCloseTo(start!.position[0], 2);
    const rotated = (await cameraPose(page))!;
    const dist = (p: { position: number[]; target: number[] }) => Math.hypot(...p.position.map((v, i) => v - p.target[i]!));
    expect(dist(rotated)).toBeCloseTo(dist(start!), 2);

    // Two fingers apart to twice their distance: about half the distance to the target (zoom ≈ finger ratio).
    await gesture(
      cdp,
      [
        { x: cx - 40, y: cy - 60 },
        { x: cx + 40, y: cy - 60 },
      ],
      [
        { x: cx - 80, y: cy - 60 },
        { x: cx + 80, y: cy - 60 },
      ],
    );
    await expect.poll(async () => dist((await cameraPose(page))!)).toBeLessThan(dist(rotated) * 0.75);
    const pinched = (await cameraPose(page))!;
    expect(dist(pinched)).toBeGreaterThan(dist(rotated) * 0.35);
    // Toward the fingers, which were above the centre: the target rose.
    expect(pinched.target[1]).toBeGreaterThan(rotated.target[1]);

    // Two fingers moved together: the view pans (the target moves), the distance stays.
    await gesture(
      cdp,
      [
        { x: cx - 40, y: cy },
        { x: cx + 40, y: cy },
      ],
      [
        { x: cx - 40, y: cy + 120 },
        { x: cx + 40, y: cy + 120 },
      ],
    );
    await expect.poll(async () => (await cameraPose(page))!.target[1]).not.toBeCloseTo(pinched.target[1], 2);
    const panned = (await cameraPose(page))!;
    expect(dist(panned)).toBeCloseTo(dist(pinched), 1);
  });
});

test.describe('picking with a mouse (1366×768)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a click 6 px beside KI1 in the Sole view opens KI1', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Sole', exact: true }).click();
    const spot = await besideMarker(page, 'KI1-L', 6);
    await page.mouse.click(spot.x, spot.y);
    await expect(page.getByRole('complementary', { name: /KI1/ })).toBeVisible();
  });

  test('a click among the crowded markers of the face opens a chooser; choosing GV26 opens GV26', async ({ page }, info) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Front', exact: true }).click();
    const p = await settledVisiblePosition(page, 'GV26');
    await page.mouse.click(p.x, p.y);
    const chooser = page.getByRole('dialog', { name: 'Which point?' });
    await expect(chooser).toBeVisible();
    const row = chooser.getByRole('button', { name: /GV26/ });
    await expect(row).toBeVisible();
    await page.screenshot({ path: info.outputPath('chooser-gv26.png') });
    await row.click();
    await expect(page.getByRole('complementary', { name: /GV26/ })).toBeVisible();
    await expect(chooser).toHaveCount(0);
  });

  test('the hover label never names a marker hidden behind the body', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Front', exact: true }).click();
    await settledVisiblePosition(page, 'CV12');
    // Every hidden marker that projects into the view: hover there, and the label (if any) names a visible one.
    const hidden = await page.evaluate(() => {
      const h = window.__ATLAS__!;
      return h
        .markerIds()
        .map((id) => ({ id, p: h.screenPosition(id) }))
        .filter((m) => m.p && !m.p.visible && m.p.x > 0 && m.p.y > 0 && m.p.x < innerWidth && m.p.y < innerHeight);
    });
    expect(hidden.length).toBeGreaterThan(50);
    const visible = await visibleMarkers(page);
    const sample = hidden.filter((_, i) => i % Math.ceil(hidden.length / 40) === 0);
    for (const m of sample) {
      await page.mouse.move(m.p!.x, m.p!.y);
      // Each hover settles within a frame; read the label after the next one.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const label = page.getByRole('tooltip');
      if ((await label.count()) === 0) continue;
      const named = await label.getAttribute('data-marker-id');
      expect(named).not.toBe(m.id);
      expect(visible.has(named!), `hover at hidden ${m.id} names ${named}, which is not visible`).toBe(true);
    }
  });
});
