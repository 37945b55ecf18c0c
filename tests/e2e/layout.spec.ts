import { expect, test } from '@playwright/test';
import { openAtlas } from './helpers.ts';

test.describe('laptop and projector layouts', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('at 1366 × 768 → steps ST36 → ST37 without scrolling the panel, and LU11 leads on to LI1', async ({ page }, info) => {
    test.slow(); // several camera flights in software WebGL
    await openAtlas(page, '?point=ST36');
    const panel = page.getByRole('complementary', { name: /ST36/ });
    await expect(panel.getByRole('group', { name: 'Step along the channels' })).toBeInViewport({ ratio: 1 });
    await expect(panel.getByTestId('needle-depth')).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('ArrowRight');
    const st37 = page.getByRole('complementary', { name: /ST37/ });
    await expect(st37).toBeVisible();
    expect(await st37.evaluate((el) => el.scrollTop)).toBe(0);
    await expect(page).toHaveURL(/point=ST37/);
    await page.keyboard.press('[');
    await expect(page.getByRole('complementary', { name: /ST36/ })).toBeVisible();
    await page.screenshot({ path: info.outputPath('desktop-st36.png') });

    // keys do not step while typing in the search box
    const search = page.getByRole('combobox', { name: 'Search points' });
    await search.fill('LU11');
    await search.press('ArrowRight');
    await expect(page.getByRole('complementary', { name: /ST36/ })).toBeVisible();
    await search.press('Enter');
    const lu11 = page.getByRole('complementary', { name: /LU11/ });
    await expect(lu11).toBeVisible();
    await lu11.getByRole('button', { name: 'LI1 →' }).click();
    await expect(page.getByRole('complementary', { name: /LI1 / })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('complementary', { name: /LU11/ })).toBeVisible();
  });

  test('stepping on from a followed channel follows the next channel, and the chip clears it', async ({ page }) => {
    test.slow(); // camera flights in software WebGL
    await openAtlas(page, '?point=ST45&channel=ST');
    await expect(page.getByRole('button', { name: /Following: Stomach/ })).toBeVisible();
    await page.keyboard.press(']');
    await expect(page.getByRole('complementary', { name: /SP1 / })).toBeVisible();
    await expect(page.getByRole('button', { name: /Following: Spleen/ })).toBeVisible();
    await page.getByRole('button', { name: /Following: Spleen/ }).click();
    await expect(page.getByRole('button', { name: /Following:/ })).toHaveCount(0);
  });

  test('a first visit shows the mouse gestures and the colour legend is a toggle away', async ({ page }, info) => {
    await openAtlas(page);
    const hint = page.getByRole('region', { name: 'How to move around' });
    await expect(hint).toContainText('Right-drag to move it');
    await page.getByRole('button', { name: 'Channel colours' }).click();
    await expect(page.getByRole('region', { name: 'Channel colours' })).toContainText('Governor Vessel');
    await page.screenshot({ path: info.outputPath('desktop-legend.png') });
    await hint.getByRole('button', { name: 'Got it' }).click();
    await expect(hint).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('acupoint-atlas:gesture-hint-dismissed'))).toBe('1');
  });

  test('the toolbar at 1366 × 768 and 1920 × 1080', async ({ page }, info) => {
    await openAtlas(page, '?point=LI4');
    const bar = (await page.locator('header.toolbar').boundingBox())!;
    expect(bar.height).toBeLessThanOrEqual(96);
    await page.screenshot({ path: info.outputPath('desktop-1366.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(async () => (await page.locator('header.toolbar').boundingBox())!.height).toBeLessThanOrEqual(60);
    await page.screenshot({ path: info.outputPath('projector-1920.png') });
  });
});
