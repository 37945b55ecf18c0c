import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/**
 * Nothing a user writes is lost: stored data is read record by record, saving failures are reported, tabs merge,
 * imports ask first. Neither 3D nor the body is needed for any of this, so these tests run in list mode (no WebGL,
 * no body download) to keep the suite fast on software rendering.
 */
test.use({ serviceWorkers: 'block' });

const key = 'acupoint-atlas:user-data';
const asideKey = 'acupoint-atlas:user-data:set-aside';

async function open(page: Page, query = ''): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return type.includes('webgl') ? null : (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof HTMLCanvasElement.prototype.getContext;
  });
  await page.route('**/models/*', (route) => route.abort());
  await page.goto(`/${query}`);
  await expect(page.getByRole('button', { name: 'Filters' })).toBeVisible();
}

const noteBox = (page: Page, code: string) => page.getByRole('complementary', { name: new RegExp(code) }).getByRole('textbox', { name: `My notes ${code}` });
const stored = (page: Page, k = key) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), k);
const round = (i: number) => ({ at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), kind: 'name', score: 7, total: 10 });

async function seed(page: Page, value: unknown): Promise<void> {
  await open(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, typeof v === 'string' ? v : JSON.stringify(v)), [key, value] as const);
}

async function importFile(page: Page, name: string, content: unknown) {
  const filters = page.getByRole('button', { name: 'Filters', exact: true });
  if ((await filters.getAttribute('aria-pressed')) !== 'true') await filters.click();
  await page
    .getByTestId('import-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)) });
  return page.getByRole('dialog', { name: new RegExp(`Import notes from ${name}`) });
}

test.describe('stored notes are kept record by record', () => {
  test('unreadable records are set aside and told once; the rest stays and nothing is written over', async ({ page }) => {
    await seed(page, {
      app: 'acupoint-atlas',
      schemaVersion: 1,
      notes: { KI1: 'Press before needling.', ZZ9: 'a point a later release dropped', LI4: 'y'.repeat(25_000) },
      favourites: ['KI1', 'ZZ9'],
      quizHistory: [...Array.from({ length: 5000 }, (_, i) => round(i)), { at: 'broken', kind: 'find' }],
    });
    await open(page, '?point=KI1');
    await expect(noteBox(page, 'KI1')).toHaveValue('Press before needling.');
    const notice = page.getByTestId('set-aside');
    await expect(notice).toContainText('4 stored records could not be read');
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Export set-aside data' }).click();
    const aside = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(aside.items.map((i: { key: string }) => i.key).sort()).toEqual(['1', '5000', 'LI4', 'ZZ9']);

    // an edit right away keeps every other record, readable or not
    await noteBox(page, 'KI1').fill('Press firmly before needling.');
    await page.reload();
    await expect(noteBox(page, 'KI1')).toHaveValue('Press firmly before needling.');
    await expect(page.getByTestId('set-aside')).toHaveCount(0); // told once
    const now = await stored(page);
    expect(now.notes.ZZ9).toBe('a point a later release dropped');
    expect(now.notes.LI4).toHaveLength(25_000);
    expect(now.quizHistory.length).toBeLessThanOrEqual(1001);
    expect(now.favourites).toEqual(['KI1', 'ZZ9']);
  });

  test('data from a newer version is read as far as understood and copied before it is written over', async ({ page }) => {
    const newer = {
      app: 'acupoint-atlas',
      schemaVersion: 2,
      notes: { KI1: 'from v2', LI4: { text: 'v2 shape', updated: 1 } },
      favourites: ['GV20'],
      quizHistory: [],
      tags: { KI1: ['exam'] },
    };
    await seed(page, newer);
    await open(page, '?point=KI1');
    await expect(noteBox(page, 'KI1')).toHaveValue('from v2');
    await expect(page.getByTestId('set-aside')).toContainText('newer version of the atlas (format 2)');
    await noteBox(page, 'KI1').fill('edited by v1');
    await expect.poll(async () => (await stored(page)).notes.KI1).toBe('edited by v1');
    const now = await stored(page);
    expect(now.tags).toEqual({ KI1: ['exam'] });
    expect(now.notes.LI4).toEqual({ text: 'v2 shape', updated: 1 });
    expect(await stored(page, 'acupoint-atlas:user-data:copy-of:v2')).toEqual(newer);
  });

  test('stored data that is not JSON is kept aside, not lost, and the atlas works', async ({ page }) => {
    await seed(page, '{"app":"acupoint-atlas", truncated');
    await open(page, '?point=KI1');
    await expect(page.getByTestId('set-aside')).toContainText('1 stored records');
    await noteBox(page, 'KI1').fill('new start');
    await page.reload();
    await expect(noteBox(page, 'KI1')).toHaveValue('new start');
    expect((await stored(page, asideKey)).items[0].raw).toBe('{"app":"acupoint-atlas", truncated');
  });

  test('a note cannot grow past what the atlas can read back; the quiz history is a rolling window', async ({ page }) => {
    await seed(page, {
      app: 'acupoint-atlas',
      schemaVersion: 1,
      notes: { LI4: 'keep me' },
      favourites: [],
      quizHistory: Array.from({ length: 1000 }, (_, i) => round(i)),
    });
    await open(page, '?point=KI1');
    await noteBox(page, 'KI1').fill('x'.repeat(25_000));
    await expect(noteBox(page, 'KI1')).toHaveValue('x'.repeat(20_000));
    await page.reload();
    await expect(noteBox(page, 'KI1')).toHaveValue('x'.repeat(20_000));
    const now = await stored(page);
    expect(now.notes.LI4).toBe('keep me');
    await expect(page.getByTestId('set-aside')).toHaveCount(0);
  });
});

test.describe('saving is confirmed or reported', () => {
  for (const [fault, stub, words] of [
    ['full', `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`, 'storage is full'],
    ['read-only', `Storage.prototype.setItem = function () {};`, 'did not store them'],
  ] as const) {
    test(`storage ${fault}: a lasting banner says notes are not kept, and Export still saves them`, async ({ page }) => {
      await page.addInitScript(stub);
      await open(page, '?point=KI1');
      await noteBox(page, 'KI1').fill('Only on screen.');
      const banner = page.getByTestId('save-failed');
      await expect(banner).toContainText('Your notes are not being kept');
      await expect(banner).toContainText(words);
      const download = page.waitForEvent('download');
      await banner.getByRole('button', { name: 'Export notes' }).click();
      expect(JSON.parse(readFileSync(await (await download).path(), 'utf8')).notes.KI1).toBe('Only on screen.');
      // it stays while the problem lasts
      await noteBox(page, 'KI1').fill('Still only on screen.');
      await expect(banner).toBeVisible();
    });
  }

  test('storage blocked altogether: the atlas works and says at once that nothing is kept', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await open(page, '?point=KI1');
    await expect(page.getByTestId('save-failed')).toContainText('does not let the atlas store data');
    await noteBox(page, 'KI1').fill('typed anyway');
    await expect(noteBox(page, 'KI1')).toHaveValue('typed anyway');
  });

  test('two tabs stay in step, and neither tab’s edit is lost', async ({ page, context }) => {
    await open(page, '?point=KI1');
    const other = await context.newPage();
    await open(other, '?point=LI4');
    await noteBox(page, 'KI1').fill('from the first tab');
    await noteBox(other, 'LI4').fill('from the second tab');
    await other
      .getByRole('complementary', { name: /LI4/ })
      .getByRole('button', { name: /Favourite/ })
      .click();
    await page
      .getByRole('complementary', { name: /KI1/ })
      .getByRole('button', { name: /Favourite/ })
      .click();
    await expect.poll(async () => (await stored(page)).notes).toEqual({ KI1: 'from the first tab', LI4: 'from the second tab' });
    expect((await stored(page)).favourites.sort()).toEqual(['KI1', 'LI4']);
    // the second tab shows the first tab's note without a reload
    await other.getByRole('combobox', { name: 'Search points' }).fill('KI1');
    await other.keyboard.press('Enter');
    await expect(noteBox(other, 'KI1')).toHaveValue('from the first tab');
    await other.close();
  });
});

test.describe('imports ask first', () => {
  test('preview, Merge keeps the longer note and never erases with an empty one, Undo, then Replace', async ({ page }) => {
    await seed(page, {
      app: 'acupoint-atlas',
      schemaVersion: 1,
      notes: { KI1: 'my own long note on KI1', LI4: 'short' },
      favourites: ['KI1'],
      quizHistory: [round(1)],
    });
    await open(page, '?point=LI4');
    const file = {
      app: 'acupoint-atlas',
      schemaVersion: 1,
      notes: { KI1: '', LI4: 'a longer note about LI4', ST36: 'new note', ZZ9: 'nowhere' },
      favourites: ['GV20'],
      quizHistory: Array.from({ length: 1500 }, (_, i) => round(i)),
    };
    const dialog = await importFile(page, 'class.json', file);
    await expect(dialog).toContainText('adds 1 notes, 1 favourites and 1000 quiz rounds');
    await expect(dialog).toContainText('1 of your notes would be replaced');
    await expect(dialog.getByTestId('import-refused')).toContainText('note “ZZ9”: no such point in the atlas');
    await expect(dialog).toContainText('500 oldest quiz rounds');
    await expect(dialog.getByRole('button', { name: 'Merge' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByTestId('import-done')).toContainText('1 notes added, 1 replaced');
    await expect(noteBox(page, 'LI4')).toHaveValue('a longer note about LI4');
    await page.reload();
    await expect(noteBox(page, 'LI4')).toHaveValue('a longer note about LI4');
    expect((await stored(page)).notes.KI1).toBe('my own long note on KI1');

    // Undo puts everything back
    const again = await importFile(page, 'class.json', file);
    await again.getByRole('button', { name: 'Replace' }).click();
    await expect(page.getByTestId('import-done')).toContainText('replaced by the file');
    expect(Object.keys((await stored(page)).notes).sort()).toEqual(['LI4', 'ST36']);
    await page.getByTestId('import-done').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => Object.keys((await stored(page)).notes).sort()).toEqual(['KI1', 'LI4', 'ST36']);
  });

  test('lessons and review cards travel in the export, and an import merges them with Undo', async ({ page, browser, baseURL }) => {
    const lesson = (id: string, title: string, updatedAt: string, codes: string[]) => ({
      id,
      title,
      steps: codes.map((code) => ({ code })),
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt,
    });
    const card = (code: string, answered: number) => ({
      id: `find:${code}:left`,
      code,
      side: 'left',
      direction: 'find',
      due: '2026-12-10T00:00:00.000Z',
      stability: 3,
      difficulty: 5,
      scheduledDays: 3,
      learningSteps: 0,
      reps: answered,
      lapses: 0,
      state: 2,
      lastReview: '2026-12-01T00:00:00.000Z',
      answered,
      correct: answered,
      errorCunSum: 0.4 * answered,
      finds: answered,
    });
    await open(page);
    await page.evaluate(
      ([lessons, cards]) => {
        localStorage.setItem('acupoint-atlas:lessons', JSON.stringify({ state: { lessons }, version: 1 }));
        localStorage.setItem('acupoint-atlas:cards', JSON.stringify({ state: { cards }, version: 1 }));
      },
      [[lesson('a', 'Stomach below the knee', '2026-12-02T10:00:00.000Z', ['ST35', 'ST36', 'ST37'])], { 'find:ST36:left': card('ST36', 4) }] as const,
    );
    await open(page, '?point=ST36');
    await noteBox(page, 'ST36').fill('three cun below ST35');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export notes' }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(exported.notes.ST36).toBe('three cun below ST35');
    expect(exported.study.lessons.map((l: { title: string }) => l.title)).toEqual(['Stomach below the knee']);
    expect(exported.study.cards.map((c: { id: string }) => c.id)).toEqual(['find:ST36:left']);

    // Another browser that has its own lesson, an older copy of the same one, and a card reviewed less often
    const other = await browser.newPage(baseURL ? { baseURL, serviceWorkers: 'block' } : { serviceWorkers: 'block' });
    await open(other);
    await other.evaluate(
      ([lessons, cards]) => {
        localStorage.setItem('acupoint-atlas:lessons', JSON.stringify({ state: { lessons }, version: 1 }));
        localStorage.setItem('acupoint-atlas:cards', JSON.stringify({ state: { cards }, version: 1 }));
      },
      [
        [lesson('a', 'Stomach (draft)', '2026-11-20T10:00:00.000Z', ['ST36']), lesson('b', 'Four Gates', '2026-11-21T10:00:00.000Z', ['LI4', 'LR3'])],
        { 'find:ST36:left': card('ST36', 1) },
      ] as const,
    );
    await open(other);
    const file = {
      ...exported,
      study: { ...exported.study, lessons: [...exported.study.lessons, lesson('c', 'Nowhere', '2026-12-01T00:00:00.000Z', ['ZZ9'])] },
    };
    const dialog = await importFile(other, 'mine.json', file);
    await expect(dialog.getByTestId('import-study')).toContainText('0 new lessons and 1 newer copies of yours; 0 new cards and 1 reviewed more often');
    await expect(dialog).toContainText('1 lessons or cards in the file cannot be read or name points the atlas lacks');
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await expect(other.getByTestId('import-done')).toContainText('Lessons: 0 added, 1 updated. Review cards: 0 added, 1 updated.');
    const storedStudy = () =>
      other.evaluate(() => ({
        lessons: (JSON.parse(localStorage.getItem('acupoint-atlas:lessons') ?? '{}').state?.lessons ?? []).map((l: { title: string }) => l.title).sort(),
        answered: JSON.parse(localStorage.getItem('acupoint-atlas:cards') ?? '{}').state?.cards?.['find:ST36:left']?.answered,
      }));
    expect(await storedStudy()).toEqual({ lessons: ['Four Gates', 'Stomach below the knee'], answered: 4 });
    await other.getByTestId('import-done').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(storedStudy).toEqual({ lessons: ['Four Gates', 'Stomach (draft)'], answered: 1 });
    await other.close();
  });

  test('a file that is not an atlas export is refused with its reason and changes nothing', async ({ page }) => {
    await seed(page, { app: 'acupoint-atlas', schemaVersion: 1, notes: { KI1: 'mine' }, favourites: [], quizHistory: [] });
    await open(page, '?point=KI1');
    for (const [name, content, reason] of [
      ['broken.json', '{ not json', 'not valid JSON'],
      ['other.json', '{"app":"something-else"}', 'not an Acupoint Atlas export'],
      ['proto.json', '{"__proto__":{"app":"acupoint-atlas"}}', 'not an Acupoint Atlas export'],
    ] as const) {
      const dialog = await importFile(page, name, content);
      await expect(dialog.getByRole('alert')).toContainText(`Import refused: The file is ${reason.startsWith('not valid') ? reason : reason}`);
      await dialog.getByRole('button', { name: 'Close' }).click();
    }
    await expect(noteBox(page, 'KI1')).toHaveValue('mine');
    expect((await stored(page)).notes).toEqual({ KI1: 'mine' });
  });

  test('an import too large for the browser’s storage says so and changes nothing', async ({ page }) => {
    // a small quota: any write over 200 kB fails as a full disk does
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
        if (v.length > 200_000) throw new DOMException('full', 'QuotaExceededError');
        return setItem.call(this, k, v);
      };
    });
    await seed(page, { app: 'acupoint-atlas', schemaVersion: 1, notes: { KI1: 'mine' }, favourites: [], quizHistory: [] });
    await open(page, '?point=KI1');
    const codes = ['LU1', 'LU2', 'LU3', 'LU5', 'LU7', 'LU9', 'LU11', 'LI1', 'LI4', 'LI11', 'LI20', 'ST36'];
    const dialog = await importFile(page, 'big.json', {
      app: 'acupoint-atlas',
      schemaVersion: 1,
      notes: Object.fromEntries(codes.map((c) => [c, 'z'.repeat(20_000)])),
      favourites: [],
      quizHistory: [],
    });
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await expect(dialog.getByRole('alert')).toContainText('could not be stored: this browser’s storage is full. Nothing was changed.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('import-done')).toHaveCount(0);
    await page.reload();
    expect((await stored(page)).notes).toEqual({ KI1: 'mine' });
    // ordinary notes still save
    await noteBox(page, 'KI1').fill('mine, edited');
    await expect.poll(async () => (await stored(page)).notes.KI1).toBe('mine, edited');
    await expect(page.getByTestId('save-failed')).toHaveCount(0);
  });
});
