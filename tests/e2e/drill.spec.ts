import { expect, test } from '@playwright/test';
import { openAtlas, screenPosition } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone, a student drills the stomach channel, then drills the stomach points missed, by keyboard', async ({ page }, info) => {
  test.setTimeout(300_000);
  await openAtlas(page);
  // On a phone the study tools are entries of the one menu.
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByRole('button', { name: 'Review & drills' }).click();
  const panel = page.getByTestId('study-panel');
  await expect(panel.getByRole('button', { name: /Review: find \(0\)/ })).toBeDisabled();
  await panel.getByRole('combobox', { name: 'Deck' }).selectOption('channel');
  await panel.getByRole('combobox', { name: 'Meridian' }).selectOption('ST');
  await panel.getByRole('button', { name: 'Drill: find (45)' }).click();
  const ask = page.locator('.quiz-panel__ask');
  await expect(ask).toContainText(/Find ST\d+/);

  // A tap beside the body is answered, not ignored.
  const canvas = (await page.locator('.stage__canvas').boundingBox())!;
  await page.mouse.click(canvas.x + 6, canvas.y + 6);
  await expect(page.getByText('That click was off the body')).toBeVisible();

  // A tap far from the asked point: the face for a trunk or leg point, the lower abdomen for a head point.
  const n = Number((await ask.textContent())!.match(/ST(\d+)/)![1]);
  const far = (await screenPosition(page, n <= 9 ? 'CV4' : 'EX-HN3'))!;
  await page.mouse.click(far.x, far.y);
  await expect(page.getByTestId('quiz-feedback')).toContainText('Not quite');
  await expect(page.getByTestId('drill-grade')).toContainText('Grade: Again');
  await page.screenshot({ path: info.outputPath('drill-find-phone.png') });
  await page.getByRole('button', { name: 'Leave the quiz' }).click();

  // On a phone the study tools are entries of the one menu.
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByRole('button', { name: 'Review & drills' }).click();
  await panel.getByRole('combobox', { name: 'Deck' }).selectOption('missed');
  await panel.getByRole('combobox', { name: 'Meridian' }).selectOption('ST');
  await expect(panel.locator('.stats-table')).toContainText('ST');
  await page.screenshot({ path: info.outputPath('review-phone.png') });
  await panel.getByRole('button', { name: 'Drill: name (1)' }).click();
  await expect(page.locator('.quiz-panel__ask')).toContainText('Which point is highlighted?');
  await page.keyboard.press('2');
  await expect(page.getByTestId('quiz-feedback')).toBeVisible();
  await expect(page.getByTestId('drill-grade')).toContainText(/Grade: (Again|Hard|Good|Easy)/);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Round complete/)).toBeVisible();
});
