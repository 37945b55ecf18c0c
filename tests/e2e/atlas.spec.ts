import { expect, test } from '@playwright/test';
import { clickMarker, openAtlas, screenPosition, settledVisiblePosition } from './helpers.ts';

test.describe('the atlas end to end', () => {
  test('Sole view, click KI1 on the left sole, read its needling in the panel', async ({ page }, info) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Sole', exact: true }).click();
    await clickMarker(page, 'KI1-L');
    const panel = page.getByRole('complementary', { name: /KI1/ });
    await expect(panel).toBeVisible();
    await expect(panel.getByTestId('needle-depth')).toHaveText('0.3–0.5 cun');
    await expect(panel.getByTestId('needle-angle')).toContainText('Perpendicular');
    await expect(panel.getByRole('heading', { name: /Safety warnings/ })).toBeVisible();
    await expect(panel.getByText(/Cautions/i).first()).toBeVisible();
    await expect(panel).toContainText('Yǒngquán');
    await expect(panel).toContainText('涌泉');
    await expect(page).toHaveURL(/point=KI1&side=left/);
    await page.screenshot({ path: info.outputPath('sole-ki1.png') });
  });

  test('hovering a marker shows its code', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Sole', exact: true }).click();
    const p = await settledVisiblePosition(page, 'KI1-R');
    await page.mouse.move(p.x, p.y);
    await expect(page.getByRole('tooltip')).toContainText('KI1');
  });

  test('a marker behind the body cannot be clicked through it', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Front', exact: true }).click();
    await settledVisiblePosition(page, 'CV12');
    const behind = await screenPosition(page, 'BL23-L');
    expect(behind).not.toBeNull();
    expect(behind!.visible).toBe(false);
    await page.mouse.click(behind!.x, behind!.y);
    await expect(page.getByRole('complementary', { name: /BL23/ })).toHaveCount(0);
  });

  test('a link opens a point in any spelling and rewrites it to the WHO form', async ({ page }, info) => {
    await openAtlas(page, '?point=kid-1');
    await expect(page.getByRole('complementary', { name: /KI1/ })).toBeVisible();
    await expect(page).toHaveURL(/point=KI1/);
    await settledVisiblePosition(page, 'KI1-L');
    await page.screenshot({ path: info.outputPath('link-ki1.png') });
    await openAtlas(page, '?point=Du20');
    await expect(page.getByRole('complementary', { name: /GV20/ })).toBeVisible();
  });

  test('an unknown point in a link names it and selects nothing', async ({ page }, info) => {
    await openAtlas(page, '?point=XY99');
    await expect(page.getByRole('alert')).toContainText('XY99');
    await expect(page.getByRole('alert')).toContainText('not in the atlas');
    await expect(page.getByRole('complementary')).toHaveCount(0);
    // the rest still works
    await page.getByRole('button', { name: 'Sole', exact: true }).click();
    await clickMarker(page, 'KI1-R');
    await expect(page.getByRole('complementary', { name: /KI1/ })).toBeVisible();
    await page.screenshot({ path: info.outputPath('unknown-link.png') });
  });

  test('a link to a group point flies to its members and opens its panel (EX-UE9 Baxie)', async ({ page }, info) => {
    await openAtlas(page, '?point=EX-UE9');
    await expect(page.getByRole('complementary', { name: /EX-UE9/ })).toBeVisible();
    const canvas = (await page.locator('canvas').boundingBox())!;
    // All four members of the left hand end up in view, around the middle of the 3D view.
    for (const id of ['EX-UE9-1-L', 'EX-UE9-2-L', 'EX-UE9-3-L', 'EX-UE9-4-L']) {
      const p = await settledVisiblePosition(page, id);
      expect(Math.abs(p.x - (canvas.x + canvas.width / 2)), id).toBeLessThan(canvas.width * 0.3);
      expect(Math.abs(p.y - (canvas.y + canvas.height / 2)), id).toBeLessThan(canvas.height * 0.3);
    }
    await page.screenshot({ path: info.outputPath('baxie.png') });
  });
});
