import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openAtlas, settledVisiblePosition, waitForFirstFrame } from './helpers.ts';

test.describe('finding points', () => {
  test('search in any spelling, arrow keys and Enter open a point and fly to it', async ({ page }, info) => {
    await openAtlas(page);
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search points' });
    await expect(box).toBeFocused();
    for (const [typed, code] of [
      ['yong quan', 'KI1'],
      ['涌泉', 'KI1'],
      ['SJ5', 'TE5'],
      ['Liv3', 'LR3'],
      ['UB40', 'BL40'],
      ['Ren12', 'CV12'],
      ['Union Valley', 'LI4'],
    ] as const) {
      await box.fill(typed);
      await expect(page.getByRole('listbox', { name: 'Search points' }).getByRole('option').first()).toContainText(code);
    }
    await box.fill('zusanli');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: /ST36/ })).toBeVisible();
    // the camera flies to face the point: it ends up in view and unhidden
    await settledVisiblePosition(page, 'ST36-L');
    await page.screenshot({ path: info.outputPath('search-st36.png') });
  });

  test('filters combine and show the count', async ({ page }, info) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Filters' }).click();
    const count = page.getByTestId('shown-count');
    await expect(count).toContainText('409 of 409');
    await page.getByRole('checkbox', { name: 'Pregnancy' }).check();
    const pregnancy = Number((await count.textContent())!.match(/Showing (\d+)/)![1]);
    expect(pregnancy).toBeGreaterThan(10);
    expect(pregnancy).toBeLessThan(409);
    await page.getByRole('checkbox', { name: /LI Large Intestine/ }).check();
    await expect(count).toContainText(/Showing [1-3] of 409/); // LI4 at least, and the two together narrow it
    const ids = await page.evaluate(() => window.__ATLAS__!.markerIds());
    expect(ids).toContain('LI4-L');
    expect(ids.every((id) => id.startsWith('LI'))).toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(count).toContainText('409 of 409');
    await page.screenshot({ path: info.outputPath('filters.png') });
  });

  test('meridian lines, following a channel, stepping along it', async ({ page }, info) => {
    await openAtlas(page, '?point=ST36');
    await expect(page.getByRole('complementary', { name: /ST36/ })).toBeVisible();
    await page.getByRole('button', { name: /Follow this meridian/ }).click();
    const ids = await page.evaluate(() => window.__ATLAS__!.markerIds());
    expect(ids.length).toBe(90); // 45 stomach points on two sides
    await page.getByRole('button', { name: 'ST37 →' }).click();
    await expect(page.getByRole('complementary', { name: /ST37/ })).toBeVisible();
    await page.getByRole('button', { name: '← ST36' }).click();
    await expect(page.getByRole('complementary', { name: /ST36/ })).toBeVisible();
    await expect(page).toHaveURL(/channel=ST/);
    await page.getByRole('button', { name: 'Front', exact: true }).click();
    await settledVisiblePosition(page, 'ST36-L');
    await page.screenshot({ path: info.outputPath('follow-stomach.png') });
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('checkbox', { name: 'Animate the direction of flow' }).uncheck();
    await page.getByRole('button', { name: 'Show all meridians' }).first().click();
    const framesBefore = await page.evaluate(() => window.__ATLAS__!.frames);
    await page.getByRole('checkbox', { name: 'Meridian lines' }).check();
    // The lines are drawn once the scene has rendered again.
    await expect.poll(() => page.evaluate(() => window.__ATLAS__!.frames)).toBeGreaterThan(framesBefore);
    await page.screenshot({ path: info.outputPath('all-meridians.png') });
  });
});

test.describe('teaching', () => {
  test('a shared link carries point, side and camera view', async ({ page }) => {
    await openAtlas(page, '?point=LI4&side=right&view=0.5,1.2,1.2,0.2,1.0,0');
    await expect(page.getByRole('complementary', { name: /LI4/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Right', exact: true }).last()).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/side=right/);
  });

  test('presentation mode hides the chrome, labels the channel, Escape leaves', async ({ page }, info) => {
    await openAtlas(page, '?point=LI4');
    await expect(page.getByRole('complementary', { name: /LI4/ })).toBeVisible();
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByRole('button', { name: 'Front', exact: true })).toBeHidden();
    // Every large-intestine point carries its code as a label.
    await expect(
      page
        .getByRole('main', { name: '3D body' })
        .getByText(/^LI\d+$/)
        .first(),
    ).toBeVisible();
    await page.screenshot({ path: info.outputPath('present.png') });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Front', exact: true })).toBeVisible();
  });

  test('quiz: find KI-style questions by clicking the body, see the distance in cun and a score', async ({ page }, info) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Quiz: find' }).click();
    const quiz = page.getByRole('complementary', { name: /Quiz/ });
    await expect(quiz).toContainText('Question 1 / 10');
    for (let i = 0; i < 10; i++) {
      await expect(quiz).toContainText(`Question ${i + 1} / 10`);
      // click somewhere on the body: the centre of the canvas is on the trunk in the front view
      const canvas = page.locator('canvas').first();
      const box = (await canvas.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.45);
      await expect(quiz.getByTestId('quiz-feedback')).toContainText('cun');
      if (i === 0) await page.screenshot({ path: info.outputPath('quiz-feedback.png') });
      await quiz.getByRole('button', { name: i === 9 ? 'See the score' : 'Next question' }).click();
    }
    await expect(quiz).toContainText(/Score: \d+ \/ 10/);
    await expect(quiz.getByRole('listitem').first()).toContainText('Find the point');
    // the history survives a reload
    await page.reload();
    await waitForFirstFrame(page);
    const stored = await page.evaluate(() => localStorage.getItem('acupoint-atlas:user-data'));
    expect(JSON.parse(stored!).quizHistory).toHaveLength(1);
  });

  test('quiz: name the highlighted point', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Quiz: name' }).click();
    const quiz = page.getByRole('complementary', { name: /Quiz/ });
    const choices = quiz.getByRole('group', { name: 'Choices' }).getByRole('button');
    await expect(choices).toHaveCount(4);
    await choices.first().click();
    await expect(quiz.getByTestId('quiz-feedback')).toBeVisible();
    await quiz.getByRole('button', { name: 'Leave the quiz' }).click();
    await expect(page.getByRole('complementary', { name: /Quiz/ })).toHaveCount(0);
  });

  test('notes and favourites: export, import back, and a malformed file is refused', async ({ page }, info) => {
    await openAtlas(page, '?point=KI1');
    const panel = page.getByRole('complementary', { name: /KI1/ });
    await panel.getByRole('textbox', { name: /My notes KI1/ }).fill('Press before needling.');
    await panel.getByRole('button', { name: /Favourite/ }).click();
    await page.getByRole('button', { name: 'Filters' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export notes' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.notes.KI1).toBe('Press before needling.');
    expect(exported.favourites).toEqual(['KI1']);

    // a record the atlas cannot read is refused on its own, with its reason, before anything changes
    await page.getByTestId('import-file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"app":"acupoint-atlas","schemaVersion":1,"notes":{"ZZ9":"x"},"favourites":[],"quizHistory":[]}'),
    });
    const preview = page.getByRole('dialog', { name: /Import notes/ });
    await expect(preview).toContainText('note “ZZ9”: no such point in the atlas');
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await expect(preview.getByRole('alert')).toContainText('Import refused');
    await expect(preview.getByRole('alert')).toContainText('not valid JSON');
    await preview.getByRole('button', { name: 'Close' }).click();
    // nothing was lost
    await expect(panel.getByRole('textbox', { name: /My notes KI1/ })).toHaveValue('Press before needling.');

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await waitForFirstFrame(page);
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByTestId('import-file').setInputFiles(file);
    await page
      .getByRole('dialog', { name: /Import notes/ })
      .getByRole('button', { name: 'Merge' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: /KI1/ }).getByRole('textbox', { name: /My notes KI1/ })).toHaveValue('Press before needling.');
    await page.screenshot({ path: info.outputPath('notes.png') });
  });

  test('the interface switches to Simplified Chinese and remembers it', async ({ page }, info) => {
    await openAtlas(page, '?point=KI1');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-Hans');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('button', { name: '足底' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: /KI1/ })).toContainText('针刺深度');
    await page.screenshot({ path: info.outputPath('chinese.png') });
    await page.reload();
    await waitForFirstFrame(page);
    await expect(page.getByRole('button', { name: '足底' })).toBeVisible();
  });
});

test.describe('for everyone', () => {
  test('keyboard: the point list opens a point without a mouse', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'All points' }).focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('navigation', { name: 'Point list' });
    await list.getByRole('button', { name: /HT7/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: /HT7/ })).toBeVisible();
  });

  for (const [name, query] of [
    ['main view', ''],
    ['point panel', '?point=KI1'],
    ['forbidden point', '?point=CV8'],
  ] as const) {
    test(`no serious or critical accessibility violations: ${name}`, async ({ page }) => {
      await openAtlas(page, query);
      const results = await new AxeBuilder({ page }).exclude('canvas').analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        bad.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        ),
      ).toEqual([]);
    });
  }

  test('a point where needling is forbidden shows no depth and no needle', async ({ page }, info) => {
    await openAtlas(page, '?point=CV8');
    const panel = page.getByRole('complementary', { name: /CV8/ });
    await expect(panel.getByRole('note', { name: 'Needling forbidden' })).toBeVisible();
    await expect(panel.getByTestId('needle-depth')).toHaveCount(0);
    await expect(panel).not.toContainText(/\d\s*cun deep/);
    await expect(page.getByText(/cun · \d+°/)).toHaveCount(0);
    await page.screenshot({ path: info.outputPath('cv8.png') });
  });
});

test.describe('a second body', () => {
  test('switching to the female body moves every point by its rules and keeps the selection', async ({ page }, info) => {
    await openAtlas(page, '?point=SP6');
    await expect(page.getByRole('complementary', { name: /SP6/ })).toBeVisible();
    await page.getByRole('button', { name: 'Front', exact: true }).click();
    const male = await settledVisiblePosition(page, 'CV17');
    await page.getByRole('combobox', { name: 'Body' }).selectOption('female');
    await expect(page).toHaveURL(/body=female/);
    await expect.poll(() => page.evaluate(() => window.__ATLAS__!.markerIds().length)).toBeGreaterThan(800);
    await page.getByRole('button', { name: 'Front', exact: true }).click();
    const female = await settledVisiblePosition(page, 'CV17');
    // Preset views frame each body by its own height, so the sternum point sits at about the same place on screen
    // (the unframed 1.63 m body used to sit low in a view made for 1.75 m).
    expect(Math.abs(female.y - male.y)).toBeLessThan(0.04 * page.viewportSize()!.height);
    await expect(page.getByRole('complementary', { name: /SP6/ })).toBeVisible();
    await page.screenshot({ path: info.outputPath('female.png') });
  });
});
