import { expect, test, type Page } from '@playwright/test';
import { openAtlas, settledVisiblePosition } from './helpers.ts';

const searchBox = (page: Page) => page.getByRole('combobox', { name: /Search points|搜索穴位|搜尋穴位/ });
const options = (page: Page) => page.getByRole('listbox').getByRole('option');

/** The codes of the options listed, in order. */
async function listedCodes(page: Page): Promise<string[]> {
  return (await page.locator('[role="listbox"] [role="option"] .search__code').allTextContents()).map((s) => s.trim());
}

async function chooseLanguage(page: Page, language: 'zh-Hans' | 'zh-Hant'): Promise<void> {
  await page.getByRole('combobox', { name: /Language|语言|語言/ }).selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test.describe('search as teachers write', () => {
  test('"Liver 3" and "Stomach 36" with Enter open LR3 and ST36', async ({ page }) => {
    await openAtlas(page);
    for (const [typed, code] of [
      ['Liver 3', 'LR3'],
      ['Stomach 36', 'ST36'],
    ] as const) {
      await page.keyboard.press('/');
      await searchBox(page).fill(typed);
      await expect(options(page).first()).toContainText(code);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('complementary', { name: new RegExp(code) })).toBeVisible();
    }
    await settledVisiblePosition(page, 'ST36-L');
  });

  test('a symptom search says how many matched, lists more than 12 and scrolls to them', async ({ page }, info) => {
    await openAtlas(page);
    await searchBox(page).fill('headache');
    const count = page.getByTestId('search-count');
    await expect(count).toContainText(/Points found: \d+/);
    const matched = Number((await count.textContent())!.match(/(\d+)/)![1]);
    expect(matched).toBeGreaterThan(12);
    await expect.poll(async () => options(page).count()).toBeGreaterThan(12);
    const codes = await listedCodes(page);
    expect(codes.slice(0, 12)).toContain('LI4');
    // the list scrolls past the twelfth
    const thirteenth = options(page).nth(12);
    await thirteenth.scrollIntoViewIfNeeded();
    await expect(thirteenth).toBeInViewport();
    if (matched > codes.length) {
      await page.getByRole('button', { name: /Show more/ }).click();
      await expect.poll(async () => options(page).count()).toBeGreaterThan(codes.length);
    }
    await page.screenshot({ path: info.outputPath('search-headache.png') });
  });

  test('in 简体中文, 头痛 lists LI4, GB20 and EX-HN5 among its first results', async ({ page }, info) => {
    await openAtlas(page);
    await chooseLanguage(page, 'zh-Hans');
    await searchBox(page).fill('头痛');
    await expect(page.getByTestId('search-count')).toContainText(/找到 \d+ 个穴位/);
    // the Chinese texts arrive after the names: wait for the ranked list
    await expect.poll(async () => (await listedCodes(page)).slice(0, 12)).toContain('LI4');
    const codes = await listedCodes(page);
    expect(codes.slice(0, 15)).toContain('GB20');
    expect(codes.slice(0, 30)).toContain('EX-HN5');
    await page.screenshot({ path: info.outputPath('search-toutong.png') });
  });

  test('in 繁體中文, 足三裏 opens ST36', async ({ page }) => {
    await openAtlas(page);
    await chooseLanguage(page, 'zh-Hant');
    await searchBox(page).fill('足三裏');
    await expect(options(page).first()).toContainText('ST36');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: /ST36/ })).toBeVisible();
  });

  test('the first visit fetches no Chinese texts; choosing Chinese does', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await openAtlas(page);
    await searchBox(page).fill('zusanli');
    await expect(options(page).first()).toContainText('ST36');
    expect(fetched.filter((p) => /\/zh-Han[st]-/.test(p))).toEqual([]);
    await chooseLanguage(page, 'zh-Hans');
    await searchBox(page).fill('胃痛');
    await expect.poll(() => fetched.filter((p) => /\/zh-Hans-/.test(p)).length).toBeGreaterThan(0);
    expect(fetched.filter((p) => /\/zh-Hant-/.test(p))).toEqual([]);
  });
});

for (const [name, viewport, phone] of [
  ['phone', { width: 390, height: 844 }, true],
  ['laptop', { width: 1366, height: 768 }, false],
  ['desktop', { width: 1920, height: 1080 }, false],
] as const) {
  test.describe(`search matches lit on the body (${name})`, () => {
    test.use({ viewport, isMobile: phone, hasTouch: phone });
    test(`${viewport.width}×${viewport.height}`, async ({ page }, info) => {
      await openAtlas(page);
      await searchBox(page).fill('insomnia');
      await expect.poll(async () => options(page).count()).toBeGreaterThan(5);
      await page.screenshot({ path: info.outputPath(`search-open-${name}.png`) });
      if (phone) {
        const box = await options(page).first().boundingBox();
        expect(box!.height).toBeGreaterThanOrEqual(44);
      }
      // close the list: the query and the lit markers stay
      await searchBox(page).blur();
      await expect(page.getByRole('listbox')).toHaveCount(0);
      await expect(searchBox(page)).toHaveValue('insomnia');
      await page.screenshot({ path: info.outputPath(`search-lit-${name}.png`) });
    });
  });
}
