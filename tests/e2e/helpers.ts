import { expect, type Page } from '@playwright/test';

export interface ScreenPosition {
  x: number;
  y: number;
  visible: boolean;
}

/** Opens the atlas and waits for the first frame with the body drawn. */
export async function openAtlas(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await waitForFirstFrame(page);
}

/** Waits for the first frame with the body drawn (after a navigation or reload). */
export async function waitForFirstFrame(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__ATLAS__ !== undefined);
  await page.evaluate(() => window.__ATLAS__!.ready);
}

/** Where a marker is on the page now. */
export async function screenPosition(page: Page, id: string): Promise<ScreenPosition | null> {
  return page.evaluate((markerId) => window.__ATLAS__!.screenPosition(markerId), id);
}

/** Waits until the camera has stopped moving and the marker is visible, then returns its position. */
export async function settledVisiblePosition(page: Page, id: string): Promise<ScreenPosition> {
  let last: ScreenPosition | null = null;
  await expect
    .poll(
      async () => {
        const now = await screenPosition(page, id);
        const settled = Boolean(now && last && now.visible && Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5);
        last = now;
        return settled;
      },
      { timeout: 30_000, intervals: [250] },
    )
    .toBe(true);
  return last!;
}

/** Clicks a marker on the canvas where the camera shows it (DESIGN.md: tests click, they never call the store). */
export async function clickMarker(page: Page, id: string): Promise<void> {
  const p = await settledVisiblePosition(page, id);
  await page.mouse.click(p.x, p.y);
}
