import { expect, test, type Page } from '@playwright/test';
import { openAtlas } from './helpers.ts';

async function openStudy(page: Page, entry: RegExp): Promise<void> {
  await page.getByRole('button', { name: /Study/ }).click();
  await page.getByRole('menuitemradio', { name: entry }).click();
}

test('combinations: filter by name, open the Four Gates, go to a member point', async ({ page }, info) => {
  await openAtlas(page);
  await openStudy(page, /Combinations/);
  const panel = page.getByTestId('study-panel');
  await panel.getByRole('searchbox').fill('four gates');
  const items = panel.getByRole('list', { name: 'Combinations' }).locator(':scope > li');
  await expect(items).toHaveCount(1);
  await items.first().getByRole('button', { name: /Four Gates/ }).click();
  const detail = panel.getByTestId('combination-detail');
  await expect(detail).toContainText('Biao You Fu');
  await page.screenshot({ path: info.outputPath('combinations.png') });
  await detail.getByRole('button', { name: /LR3/ }).click();
  await expect(page.getByRole('complementary', { name: /LR3/ })).toBeVisible();
});

test('compare: a suggested pair side by side with the distance, and Add to compare from a point', async ({ page }, info) => {
  await openAtlas(page);
  await openStudy(page, /Compare points/);
  const panel = page.getByTestId('study-panel');
  await panel.getByRole('button', { name: 'LU7 / LI6' }).click();
  const grid = panel.getByTestId('compare-grid');
  await expect(grid.getByRole('article')).toHaveCount(2);
  await expect(panel.getByTestId('compare-distance')).toContainText(/LU7–LI6: Straight \d+\.\d cun/);
  await expect(grid.getByText('differs').first()).toBeVisible();
  await page.screenshot({ path: info.outputPath('compare.png') });
  await panel.getByRole('button', { name: 'PC6 / HT5' }).click();
  await expect(grid.getByRole('article', { name: 'PC6' })).toBeVisible();
  await grid.getByRole('button', { name: /^PC6/ }).click();
  const point = page.getByRole('complementary', { name: /PC6/ });
  await expect(point).toBeVisible();
  await panel.getByLabel('Add a point by code').fill('st36');
  await panel.getByRole('button', { name: 'Add a point by code' }).click();
  await expect(grid.getByRole('article')).toHaveCount(3);
  await panel.getByRole('button', { name: 'Remove ST36' }).click();
  await expect(grid.getByRole('article')).toHaveCount(2);
});
