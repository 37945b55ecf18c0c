import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAtlas } from './helpers.ts';

/**
 * Share of Chinese characters among letters and characters, leaving out what is meant to stay Latin: point codes
 * (ST36, EX-HN3, C7), pinyin (words with tone marks), units and the standard's name.
 */
async function chineseShare(locator: Locator): Promise<{ share: number; english: string[] }> {
  const text = (await locator.innerText()).normalize('NFC');
  const rest = text
    .replace(/\bEX-[A-Z]{1,2}\d+(-\d+)?\b|\b[A-Z]{1,2}\d+\b|\b(LU|LI|ST|SP|HT|SI|BL|KI|PC|TE|GB|LR|GV|CV|EX)\b/g, '')
    .replace(/\S*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈŌÓǑÒ]\S*/g, '')
    .replace(/\bWHO\b|\bcun\b|\bHTTP\b|\bGB\/T\b/g, '');
  const han = (rest.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (rest.match(/[A-Za-z]/g) ?? []).length;
  const english = [...rest.matchAll(/\b[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){2,}/g)].map((m) => m[0]);
  return { share: han / Math.max(1, han + latin), english };
}

async function expectChinese(locator: Locator, what: string): Promise<void> {
  await expect(locator).toBeVisible();
  const { share, english } = await chineseShare(locator);
  expect(english, `${what}: English left on screen`).toEqual([]);
  expect(share, `${what}: share of Chinese characters`).toBeGreaterThanOrEqual(0.9);
}

for (const [language, filtersLabel, quizLabel, presentLabel, unknown] of [
  ['zh-Hans', '筛选', '测验：认穴', '演示', '不在图谱中'],
  ['zh-Hant', '篩選', '測驗：認穴', '演示', '不在圖譜中'],
] as const) {
  test.describe(`${language}: everything on screen follows the language`, () => {
    test('the panel, the filters, the quiz and present mode are in Chinese', async ({ page }, info) => {
      await openAtlas(page, `?point=ST36&lang=${language}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const panel = page.getByRole('complementary', { name: /ST36/ });
      await expect(panel).toContainText(language === 'zh-Hans' ? '直刺' : '直刺');
      await expectChinese(panel, 'ST36 panel');
      await page.screenshot({ path: info.outputPath(`${language}-panel.png`) });

      await page.getByRole('button', { name: filtersLabel, exact: true }).click();
      await expectChinese(page.locator('#side-drawer'), 'filters');
      await page.getByRole('button', { name: filtersLabel, exact: true }).click();

      await page.getByRole('button', { name: presentLabel, exact: true }).click();
      await expectChinese(panel, 'present mode panel');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: quizLabel }).click();
      const quiz = page.getByRole('complementary').filter({ has: page.getByRole('group') });
      await expectChinese(quiz, 'quiz');
      await page.screenshot({ path: info.outputPath(`${language}-quiz.png`) });
    });

    test('messages are in Chinese: an unknown point in a link, a failed body download', async ({ page }) => {
      await page.route('**/models/body.glb', (route) => route.fulfill({ status: 404, body: 'missing' }));
      await page.goto(`/?point=XX99&lang=${language}`);
      await expect(page.getByRole('alert').filter({ hasText: unknown })).toBeVisible();
      const bodyFailure = page.getByRole('alert').filter({ hasText: 'HTTP 404' });
      await expect(bodyFailure).toBeVisible();
      for (const alert of await page.getByRole('alert').all()) await expectChinese(alert, 'alert');
    });
  });
}

/** The language menu offers the three; the choice is kept in the link of a shared view. */
test('the language menu offers English, 简体中文 and 繁體中文', async ({ page }: { page: Page }) => {
  await openAtlas(page);
  const options = await page.getByRole('combobox', { name: 'Language' }).locator('option').allInnerTexts();
  expect(options).toEqual(['English', '简体中文', '繁體中文']);
});
