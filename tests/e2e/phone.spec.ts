import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAtlas, settledVisiblePosition } from './helpers.ts';

// A phone held upright, driven by touch.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** The 3D view's share of the screen's height (the canvas box; the stage is never covered by the sheet). */
async function canvasShare(page: Page): Promise<number> {
  const box = (await page.locator('canvas').first().boundingBox())!;
  const viewport = page.viewportSize()!;
  return (box.height * box.width) / (viewport.height * viewport.width);
}

/** Every visible control smaller than 44 × 44 px (a checkbox counts by its label, which is what a finger hits). */
async function smallControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const seen = new Set<Element>();
    for (const el of document.querySelectorAll('button, select, input, textarea, a[href], [role="button"], [role="option"], summary')) {
      const target = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? (el.closest('label') ?? el) : el;
      if (seen.has(target)) continue;
      seen.add(target);
      const style = getComputedStyle(target);
      const r = target.getBoundingClientRect();
      if (style.visibility === 'hidden' || r.width === 0 || r.height === 0) continue;
      if (el instanceof HTMLInputElement && el.type === 'file') continue; // replaced by its labelled button
      if (target.closest('.visually-hidden')) continue;
      // only what is on screen now
      if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) continue;
      if (r.width < 44 - 0.5 || r.height < 44 - 0.5)
        small.push(
          `${target.tagName.toLowerCase()} "${(target.textContent ?? '').trim().slice(0, 30) || target.getAttribute('aria-label')}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return small;
  });
}

/** The box of an element once it has stopped moving (the sheet eases between heights). */
async function settledBox(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await locator.boundingBox());
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
  return JSON.parse(last) as { x: number; y: number; width: number; height: number };
}

/** The body is still on screen: the canvas has height and what is at its centre is the canvas itself. */
async function expectBodyVisible(page: Page, minHeight = 150): Promise<void> {
  // The sheet eases to its new height and the canvas follows a frame later: ask again until both have settled.
  await expect
    .poll(async () => {
      const box = (await page.locator('canvas').first().boundingBox())!;
      if (box.height <= minHeight) return `canvas only ${Math.round(box.height)} px high`;
      return page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    })
    .toBe('CANVAS');
}

test.describe('on a phone (390 × 844, touch)', () => {
  test('the body takes most of the screen, a one-row top bar, and every control fits a finger', async ({ page }, info) => {
    await openAtlas(page);
    expect(await canvasShare(page)).toBeGreaterThanOrEqual(0.6);
    const bar = (await page.locator('header.topbar').boundingBox())!;
    expect(bar.height).toBeLessThanOrEqual(64);
    await expect(page.getByRole('region', { name: 'How to move around' })).toContainText('Pinch to zoom');
    expect(await smallControls(page)).toEqual([]);
    await page.screenshot({ path: 'docs/phone-start.png' });
    await page.screenshot({ path: info.outputPath('phone-start.png') });

    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('region', { name: 'Menu' })).toBeVisible();
    expect(await smallControls(page)).toEqual([]);
    await expectBodyVisible(page);
    await page.screenshot({ path: 'docs/phone-menu.png' });
    await page.getByRole('button', { name: 'Channel colours' }).click();
    await expect(page.getByRole('region', { name: 'Menu' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Channel colours' })).toContainText('Large Intestine');
    expect(await smallControls(page)).toEqual([]);
  });

  test('the gesture hint is dismissed once and stays dismissed', async ({ page }) => {
    await openAtlas(page);
    const hint = page.getByRole('region', { name: 'How to move around' });
    await expect(hint).toContainText('One finger turns the body');
    await hint.getByRole('button', { name: 'Got it' }).click();
    await expect(hint).toHaveCount(0);
    await page.reload();
    await page.evaluate(() => window.__ATLAS__!.ready);
    await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
    await expect(hint).toHaveCount(0);
  });

  test('a student opens ST36 by link, reads safety and depth at the peek, and steps to ST37 without scrolling', async ({ page }, info) => {
    await openAtlas(page, '?point=ST36');
    const panel = page.getByRole('complementary', { name: /ST36/ });
    await expect(panel).toBeVisible();
    const body = page.locator('.bottom-sheet__body');
    await expect(page.locator('.bottom-sheet')).toHaveAttribute('data-sheet', 'peek');
    expect(await canvasShare(page)).toBeGreaterThanOrEqual(0.4);
    // safety and depth are inside the visible part of the sheet, with no scrolling
    await expect(panel.locator('.point-panel__summary')).toContainText('No safety flag');
    for (const el of [panel.locator('.safety-none'), panel.getByTestId('needle-depth'), panel.getByTestId('needle-angle')]) {
      await expect(el).toBeInViewport({ ratio: 1 });
    }
    await expect(panel.getByTestId('needle-depth')).toContainText('cun');
    expect(await smallControls(page)).toEqual([]);
    await settledVisiblePosition(page, 'ST36-L');
    await page.screenshot({ path: 'docs/phone-st36-peek.png' });
    await page.screenshot({ path: info.outputPath('phone-st36-peek.png') });

    await panel.getByRole('button', { name: 'ST37 →' }).click();
    const next = page.getByRole('complementary', { name: /ST37/ });
    await expect(next).toBeVisible();
    await expect(next.getByTestId('needle-depth')).toBeInViewport({ ratio: 1 });
    expect(await body.evaluate((el) => el.scrollTop)).toBe(0);
    await expect(page).toHaveURL(/point=ST37/);
  });

  test('a point found by search opens at the peek; the sheet goes to half and full by buttons, keys and drag', async ({ page }, info) => {
    test.slow(); // the body is redrawn at each height in software WebGL
    await openAtlas(page);
    const box = page.getByRole('combobox', { name: 'Search points' });
    await box.fill('zusanli');
    await page.getByRole('listbox', { name: 'Search points' }).getByRole('option').first().click();
    await expect(page.getByRole('complementary', { name: /ST36/ })).toBeVisible();
    const sheet = page.locator('.bottom-sheet');
    await expect(sheet).toHaveAttribute('data-sheet', 'peek');
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect(sheet).toHaveAttribute('data-sheet', 'half');
    expect(await canvasShare(page)).toBeGreaterThan(0.25);
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect(sheet).toHaveAttribute('data-sheet', 'full');
    await expectBodyVisible(page, 80); // a strip of it, still drawn
    await page.screenshot({ path: info.outputPath('phone-sheet-full.png') });
    const handle = page.getByRole('button', { name: /Resize the point sheet/ });
    await handle.focus();
    await page.keyboard.press('ArrowDown');
    await expect(sheet).toHaveAttribute('data-sheet', 'half');
    await page.keyboard.press('ArrowDown');
    await expect(sheet).toHaveAttribute('data-sheet', 'peek');
    // drag the handle up most of the screen: the sheet snaps to full
    const h = await settledBox(handle);
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width / 2, 120, { steps: 8 });
    await page.mouse.up();
    await expect(sheet).toHaveAttribute('data-sheet', 'full');
    await page.screenshot({ path: 'docs/phone-st36-full.png' });
  });

  for (const [what, open] of [
    ['Filters', async (page: Page) => page.getByRole('button', { name: 'Filters' }).click()],
    ['All points', async (page: Page) => page.getByRole('button', { name: 'All points' }).click()],
    ['Quiz', async (page: Page) => page.getByRole('button', { name: 'Quiz: name' }).click()],
    ['Present', async (page: Page) => page.getByRole('button', { name: 'Present' }).click()],
  ] as const) {
    test(`${what} leaves the body visible`, async ({ page }, info) => {
      await openAtlas(page, what === 'Present' ? '?point=LI4' : '');
      await page.getByRole('button', { name: 'Menu' }).click();
      await open(page);
      if (what === 'Filters') await expect(page.getByTestId('shown-count')).toBeVisible();
      if (what === 'All points') await expect(page.getByRole('navigation', { name: 'Point list' })).toBeVisible();
      if (what === 'Quiz') await expect(page.getByRole('complementary', { name: /Quiz/ })).toBeVisible();
      if (what === 'Present') await expect(page.getByRole('button', { name: /Leave presentation/ })).toBeVisible();
      await expectBodyVisible(page);
      expect(await canvasShare(page)).toBeGreaterThanOrEqual(0.4);
      expect(await smallControls(page)).toEqual([]);
      await page.screenshot({ path: info.outputPath(`phone-${what.replace(' ', '-').toLowerCase()}.png`) });
      if (what === 'Filters') await page.screenshot({ path: 'docs/phone-filters.png' });
    });
  }

  test('following a channel or filtering shows a chip that clears it in one tap', async ({ page }) => {
    await openAtlas(page, '?point=ST36');
    await page.getByRole('button', { name: 'Follow this meridian' }).click();
    const chip = page.getByRole('button', { name: /Following: Stomach/ });
    await expect(chip).toBeVisible();
    expect((await page.evaluate(() => window.__ATLAS__!.markerIds())).length).toBe(90);
    await chip.click();
    await expect(chip).toHaveCount(0);
    expect((await page.evaluate(() => window.__ATLAS__!.markerIds())).length).toBeGreaterThan(90);
  });
});

test.describe('on a phone on its side (844 × 390)', () => {
  test.use({ viewport: { width: 844, height: 390 } });
  test('the top bar stays one row and the point panel sits beside the body', async ({ page }, info) => {
    await openAtlas(page, '?point=ST36');
    const panel = page.getByRole('complementary', { name: /ST36/ });
    await expect(panel.getByRole('button', { name: 'ST37 →' })).toBeInViewport();
    const canvas = (await page.locator('canvas').first().boundingBox())!;
    expect(canvas.width).toBeGreaterThan(400);
    expect(canvas.height).toBeGreaterThan(300);
    expect(await smallControls(page)).toEqual([]);
    await page.screenshot({ path: 'docs/phone-landscape.png' });
    await page.screenshot({ path: info.outputPath('phone-landscape.png') });
  });
});
