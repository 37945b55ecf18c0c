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

async function open(query: string, width = 1400, height = 860): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
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
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
