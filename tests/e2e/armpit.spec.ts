import { expect, test } from '@playwright/test';
import { clickMarker, openAtlas, settledVisiblePosition } from './helpers.ts';

// Issue 9: with the arms hanging, the points of the armpit were hidden from every preset view.
test('the Armpit view shows HT1, GB22, GB23 and SP21, and HT1 can be clicked there', async ({ page }, info) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'Armpit', exact: true }).click();
  for (const id of ['HT1-L', 'GB22-L', 'GB23-L', 'SP21-L']) {
    const p = await settledVisiblePosition(page, id);
    expect(p.visible, id).toBe(true);
  }
  await page.screenshot({ path: info.outputPath('armpit.png') });
  await clickMarker(page, 'HT1-L');
  await expect(page.getByRole('complementary', { name: /HT1/ })).toBeVisible();
});
