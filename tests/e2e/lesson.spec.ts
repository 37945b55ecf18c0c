import { expect, test, type Page } from '@playwright/test';
import { openAtlas, settledVisiblePosition, waitForFirstFrame } from './helpers.ts';

/** Every label on screen (point codes, needle, ruler) that is shown, as boxes. */
async function shownLabelBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.marker-label, .needle-label, .ruler-label')]
      .filter((el) => getComputedStyle(el).visibility === 'visible' && el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      })
      .filter((r) => r.right > 0 && r.bottom > 0 && r.left < window.innerWidth && r.top < window.innerHeight),
  );
}

function overlaps(boxes: Awaited<ReturnType<typeof shownLabelBoxes>>): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) pairs.push(`${a.text} × ${b.text}`);
    }
  return pairs;
}

/** The panel shows the point's name at its top (not scrolled down to its sources). */
async function expectPanelAtName(page: Page, code: string) {
  const panel = page.getByRole('complementary', { name: new RegExp(code) });
  await expect(panel).toBeVisible();
  await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBe(0);
  const title = panel.locator('.point-panel__title');
  const [p, t] = [await panel.boundingBox(), await title.boundingBox()];
  expect(t!.y).toBeGreaterThanOrEqual(p!.y);
  expect(t!.y + t!.height).toBeLessThanOrEqual(p!.y + p!.height);
}

async function addByToolbarSearch(page: Page, typed: string, code: string) {
  const box = page.getByRole('combobox', { name: 'Search points' });
  await box.fill(typed);
  await expect(page.getByRole('listbox', { name: 'Search points' }).getByRole('option').first()).toContainText(code);
  await box.press('Enter');
  await expect(page.getByRole('complementary', { name: new RegExp(code) })).toBeVisible();
  await page.getByRole('button', { name: /^\+ Add the selected point/ }).click();
}

test('a teacher builds a three-step lesson, shares its link, and it is presented from the link with the keyboard', async ({ page, browser }, info) => {
  test.setTimeout(300_000);
  await openAtlas(page, '?point=LI4');
  await page.getByRole('button', { name: /Study/ }).click();
  await page.getByRole('menuitemradio', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: 'New empty lesson' }).click();
  await page.getByRole('textbox', { name: 'Lesson title' }).fill('Hand and leg: three key points');
  await page.getByRole('button', { name: /^\+ Add the selected point/ }).click();
  await page.getByRole('textbox', { name: 'Teacher’s note LI4' }).fill('Between the 1st and 2nd metacarpals. Not in pregnancy.');
  await addByToolbarSearch(page, 'LI11', 'LI11');
  await addByToolbarSearch(page, 'zusanli', 'ST36');
  await page.getByRole('textbox', { name: 'Teacher’s note ST36' }).fill('Four finger-breadths below the knee eye, one finger lateral to the tibia.');
  const steps = page.getByRole('list', { name: 'Steps' }).getByRole('listitem');
  await expect(steps).toHaveCount(3);
  // reorder and back: ST36 up one, then down again
  await page.getByRole('button', { name: 'Move up ST36' }).click();
  await expect(steps.nth(1)).toContainText('ST36');
  await page.getByRole('button', { name: 'Move down ST36' }).click();
  await expect(steps.nth(2)).toContainText('ST36');
  await page.screenshot({ path: info.outputPath('lesson-builder.png') });

  await page.getByRole('button', { name: 'Copy lesson link' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Lesson link copied' });
  const url = (await notice.textContent())!.match(/https?:\/\/\S+/)![0];
  expect(url).toContain('?lesson=');

  // The classroom machine: a new browser context, nothing stored.
  const room = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const shown = await room.newPage();
  await shown.goto(url);
  await waitForFirstFrame(shown);
  await expect(shown.getByRole('status').filter({ hasText: 'opened from the link (3 steps)' })).toBeVisible();
  await expect(shown).not.toHaveURL(/lesson=/);
  const panel = shown.getByTestId('study-panel');
  await expect(panel.getByRole('textbox', { name: 'Lesson title' })).toHaveValue('Hand and leg: three key points');
  await panel.getByRole('button', { name: '▶ Present' }).click();

  const step = shown.getByTestId('lesson-step');
  const expectStep = async (n: number, code: string, marker: string) => {
    await expect(step).toContainText(`${n} / 3`);
    await expectPanelAtName(shown, code);
    await settledVisiblePosition(shown, marker);
    await expect(shown.locator('.marker-label--current')).toBeVisible();
    await expect.poll(async () => overlaps(await shownLabelBoxes(shown))).toEqual([]);
    expect((await shownLabelBoxes(shown)).length).toBeGreaterThan(3);
  };
  await expectStep(1, 'LI4', 'LI4-L');
  await expect(shown.getByTestId('lesson-bar')).toContainText('Not in pregnancy');
  await shown.screenshot({ path: info.outputPath('present-step1.png') });
  // the panel had been scrolled down: the next step still opens at the name
  await shown.getByTestId('point-panel').evaluate((el) => (el.scrollTop = 10_000));
  await shown.keyboard.press('ArrowRight');
  await expectStep(2, 'LI11', 'LI11-L');
  await shown.keyboard.press('PageDown');
  await expectStep(3, 'ST36', 'ST36-L');
  await shown.screenshot({ path: info.outputPath('present-step3.png') });
  await shown.keyboard.press('PageUp');
  await expect(step).toContainText('2 / 3');
  await shown.keyboard.press(' ');
  await expect(step).toContainText('3 / 3');
  // search stays available while presenting
  await shown.keyboard.press('/');
  await expect(shown.getByRole('combobox', { name: 'Search points' })).toBeFocused();
  await shown.getByRole('combobox', { name: 'Search points' }).fill('SP6');
  await shown.getByRole('combobox', { name: 'Search points' }).press('Enter');
  await expectPanelAtName(shown, 'SP6');
  // B blacks the screen and brings it back
  await shown.keyboard.press('b');
  await expect(shown.getByTestId('blackout')).toBeVisible();
  await shown.keyboard.press('b');
  await expect(shown.getByTestId('blackout')).toBeHidden();
  await room.close();
});

test('entering present mode after reading down a point opens at its name; labels do not overlap at 1024×768', async ({ page }, info) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await openAtlas(page, '?point=LI4&channel=LI');
  const panel = page.getByTestId('point-panel');
  await panel.evaluate((el) => (el.scrollTop = 10_000));
  await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expectPanelAtName(page, 'LI4');
  await settledVisiblePosition(page, 'LI4-L');
  await expect.poll(async () => overlaps(await shownLabelBoxes(page))).toEqual([]);
  await page.screenshot({ path: info.outputPath('present-1024.png') });
});
