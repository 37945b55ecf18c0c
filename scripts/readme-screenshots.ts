/**
 * Takes the README's screenshots from a production build: `npm run screenshots`.
 * Builds, serves on 127.0.0.1, drives Debian's Chromium, writes docs/*.png.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { chromiumArgs, chromiumPath, ensureChromium } from './ensure-chromium.ts';
import type { CardRecord } from '../src/lib/scheduler.ts';
import { storageKeys } from '../src/lib/storageKeys.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'docs');
mkdirSync(out, { recursive: true });
ensureChromium();
execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
const server = await preview({ root, preview: { port: 4179, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
const base = 'http://127.0.0.1:4179';
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...chromiumArgs],
});

async function open(query: string, width = 1400, height = 860, options: { phone?: boolean; storage?: Record<string, string> } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, ...(options.phone ? { isMobile: true, hasTouch: true } : {}) });
  if (options.storage)
    await page.addInitScript((entries) => {
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    }, options.storage);
  await page.goto(`${base}/${query}`);
  await page.waitForFunction(() => window.__ATLAS__?.isReady === true, null, { timeout: 120_000 });
  return page;
}
const settle = (page: Page) => page.waitForTimeout(2500);

try {
  let page = await open('?point=KI1');
  await page.getByRole('button', { name: 'Sole', exact: true }).click();
  await settle(page);
  await page.screenshot({ path: resolve(out, 'atlas-sole-ki1.png') });
  await page.close();

  page = await open('');
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('checkbox', { name: 'Meridian lines' }).check();
  await page.getByRole('checkbox', { name: 'Animate the direction of flow' }).uncheck();
  await settle(page);
  await page.screenshot({ path: resolve(out, 'atlas-full.png') });
  await page.close();

  page = await open('?point=LI4&channel=LI');
  await page.getByRole('button', { name: 'Present' }).click();
  await settle(page);
  await page.screenshot({ path: resolve(out, 'atlas-present.png') });
  await page.close();

  page = await open('?point=GB20');
  await settle(page);
  await page.screenshot({ path: resolve(out, 'atlas-gb20-needle.png') });
  await page.close();
  // The same point in both Chinese scripts.
  for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
    page = await open(`?point=ST36&lang=${lang}`);
    await settle(page);
    await page.screenshot({ path: resolve(out, `atlas-st36-${lang}.png`) });
    await page.close();
  }

  // A lesson presented on a classroom screen (kept in the browser, as after building it or opening its link).
  const lesson = {
    id: 'readme',
    title: 'Hand and leg: three key points',
    steps: [
      { code: 'LI4', side: 'left' as const, note: 'Between the 1st and 2nd metacarpals; not in pregnancy.' },
      { code: 'LI11', side: 'left' as const, note: 'Flex the elbow: the end of the crease.' },
      { code: 'ST36', side: 'left' as const, note: '3 cun below ST35, a finger-breadth from the tibial crest.' },
    ],
    createdAt: '2026-12-05T00:00:00.000Z',
    updatedAt: '2026-12-05T00:00:00.000Z',
  };
  page = await open('', 1920, 1080, { storage: { [storageKeys.lessons]: JSON.stringify({ state: { lessons: [lesson] }, version: 1 }) } });
  await page.getByRole('button', { name: /Study/ }).click();
  await page.getByRole('menuitemradio', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: /Hand and leg/ }).click();
  await page.getByTestId('study-panel').getByRole('button', { name: '▶ Present' }).click();
  await settle(page);
  await page.screenshot({ path: resolve(out, 'lesson-present.png') });
  await page.close();

  // The review screen on a phone, after some weeks of drills (cards made up for the picture).
  const day = 86_400_000;
  const now = Date.now();
  const cards: Record<string, CardRecord> = {};
  const studied: [string, number, number, number][] = [
    // code, days until due (negative: overdue), answers, right answers
    ['ST36', -1, 6, 5],
    ['ST40', -2, 4, 2],
    ['ST25', 0, 5, 4],
    ['ST44', 3, 3, 3],
    ['ST6', -3, 4, 1],
    ['LI4', 5, 8, 8],
    ['LI11', -1, 5, 4],
    ['LI20', 2, 3, 2],
    ['SP6', -1, 6, 4],
    ['PC6', 9, 7, 7],
    ['GB20', 0, 3, 1],
  ];
  for (const [code, dueIn, answered, correct] of studied) {
    cards[`find:${code}:left`] = {
      id: `find:${code}:left`,
      code,
      side: 'left',
      direction: 'find',
      due: new Date(now + dueIn * day).toISOString(),
      stability: 2 + correct,
      difficulty: 5,
      scheduledDays: Math.max(1, dueIn),
      learningSteps: 0,
      reps: answered,
      lapses: answered - correct,
      state: 2,
      lastReview: new Date(now - 2 * day).toISOString(),
      lastCorrect: correct * 2 > answered,
      lastErrorCun: (answered - correct) * 0.3,
      answered,
      correct,
      errorCunSum: answered * 0.35 + (answered - correct) * 0.6,
      finds: answered,
    };
  }
  page = await open('', 390, 844, {
    phone: true,
    storage: { [storageKeys.cards]: JSON.stringify({ state: { cards }, version: 1 }), [storageKeys.gestureHint]: '1' },
  });
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByRole('button', { name: 'Review & drills' }).click();
  // the due counts stay in view above; the progress chart comes up under them
  await page.getByTestId('study-panel').evaluate((panel) => {
    for (const el of [panel, ...panel.querySelectorAll('*')])
      if (/auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight) {
        el.scrollTop = 230;
        return;
      }
  });
  await settle(page);
  await page.screenshot({ path: resolve(out, 'review-phone.png') });
  await page.close();

  // A channel handout as it prints (A4 width), first page.
  page = await open('', 1400, 860);
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: /Study/ }).click();
  await page.getByRole('menuitemradio', { name: /Print a handout/ }).click();
  const handoutPanel = page.getByTestId('study-panel');
  await handoutPanel.getByRole('radio', { name: 'A channel' }).click();
  await handoutPanel.getByRole('combobox', { name: 'A channel' }).selectOption('LU');
  await handoutPanel.getByRole('button', { name: 'Print', exact: true }).click();
  await page.getByTestId('handout').locator('img.handout__view').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: resolve(out, 'handout-lu.png') });
  await page.close();

  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
