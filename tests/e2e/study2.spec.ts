import { expect, test, type Page } from '@playwright/test';
import { openAtlas, settledVisiblePosition } from './helpers.ts';

/** The pixels of a small square of the page around a point, each marked if it is the first compared colour. */
async function coloursNear(page: Page, at: { x: number; y: number }, r: number): Promise<{ magenta: boolean }[]> {
  const png = await page.screenshot({ clip: { x: at.x - r, y: at.y - r, width: 2 * r + 1, height: 2 * r + 1 } });
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(image, 0, 0);
    const d = g.getImageData(0, 0, image.width, image.height).data;
    const out: { magenta: boolean }[] = [];
    for (let i = 0; i < d.length; i += 4) out.push({ magenta: d[i]! > 200 && d[i + 1]! < 140 && d[i + 2]! > 160 });
    return out;
  }, png.toString('base64'));
}

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
  await items
    .first()
    .getByRole('button', { name: /Four Gates/ })
    .click();
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
  const distance = panel.getByTestId('compare-distance');
  await expect(distance).toContainText(/LU7–LI6: Straight \d+\.\d cun · Over the skin \d+\.\d cun/);
  // over the skin is never shorter than straight through
  const [straight, surface] = ((await distance.textContent()) ?? '').match(/\d+\.\d/g)!.map(Number);
  expect(surface).toBeGreaterThanOrEqual(straight! - 0.05);
  await expect(grid.getByText('differs').first()).toBeVisible();
  // each point has its own colour, on its column and on the body, with its code beside it
  await expect(page.locator('[data-compare-label="LU7"]')).toBeVisible();
  await expect(page.locator('[data-compare-label="LI6"]')).toBeVisible();
  const columnColour = (code: string) => grid.getByRole('article', { name: code }).evaluate((el) => getComputedStyle(el).borderTopColor);
  expect(await columnColour('LU7')).toBe('rgb(255, 79, 216)');
  expect(await columnColour('LI6')).toBe('rgb(39, 211, 255)');
  await grid.getByRole('button', { name: /^LU7/ }).click();
  const at = await settledVisiblePosition(page, 'LU7-L');
  expect(await coloursNear(page, at, 5)).toContainEqual(expect.objectContaining({ magenta: true }));
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

test('handout: a channel prints to PDF with its point codes and a view of the body', async ({ page }, info) => {
  await openAtlas(page);
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await openStudy(page, /Print a handout/);
  const panel = page.getByTestId('study-panel');
  await panel.getByRole('radio', { name: 'A channel' }).click();
  await panel.getByRole('combobox', { name: 'A channel' }).selectOption('LU');
  await panel.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByTestId('handout');
  await expect(handout).toBeVisible();
  await expect(page.getByTestId('study-panel')).toBeHidden();
  for (let i = 1; i <= 11; i++) await expect(handout).toContainText(`LU${i} `);
  const image = handout.locator('img.handout__view');
  await expect(image).toBeVisible();
  // the snapshot is the body, not a blank buffer: count the distinct opaque colours in it
  const colours = await image.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < d.length; i += 4 * 97) if (d[i + 3]! > 0) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
    return seen.size;
  });
  expect(colours).toBeGreaterThan(20);
  const pdf = await page.pdf({ path: info.outputPath('handout-LU.pdf'), format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  await page.pdf({ path: info.outputPath('handout-LU-letter.pdf'), format: 'Letter' });
});
