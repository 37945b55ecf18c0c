import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { waitForFirstFrame } from './helpers.ts';
import { startStaticHost, type StaticHost } from './support/staticServer.ts';

/**
 * Deploys, as a school does them: two successive builds copied into one folder on a plain static host (ETag and
 * Last-Modified, no Cache-Control). The build under test is `dist`; the next one is built here with another label.
 */
let folder = '';
let next = '';
let host: StaticHost;

test.beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'atlas-deploy-'));
  folder = join(work, 'site');
  next = join(work, 'next');
  execFileSync('npx', ['vite', 'build', '--outDir', next, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, VITE_BUILD_LABEL: 'next build' },
    stdio: 'inherit',
  });
  cpSync('dist', folder, { recursive: true });
  host = await startStaticHost(folder);
});

test.afterAll(async () => {
  await host?.close();
  rmSync(join(folder, '..'), { recursive: true, force: true });
});

/** Replaces the site with the next build, old files gone, as a copy-over deploy does. */
function deployNext(): void {
  for (const name of readdirSync(folder)) rmSync(join(folder, name), { recursive: true, force: true });
  cpSync(next, folder, { recursive: true });
}

async function buildLabel(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'About' }).click();
  const dialog = page.getByRole('dialog', { name: 'About Acupoint Atlas' });
  await expect(dialog).toBeVisible();
  const label = (await dialog.getByTestId('build-label').count()) ? await dialog.getByTestId('build-label').innerText() : 'first build';
  await dialog.getByRole('button', { name: 'Close' }).click();
  return label;
}

test('a deploy never blanks an open tab; the new version waits for Reload; offline and a failing server show the cached app', async ({ page, context }) => {
  test.setTimeout(300_000); // five page loads on software WebGL
  await page.goto(`${host.url}/`);
  await waitForFirstFrame(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await waitForFirstFrame(page);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  deployNext();
  // The open tab's chunks are gone from the server; its worker still has them.
  await page.getByRole('button', { name: 'Quiz: name' }).click();
  const quiz = page.getByRole('complementary', { name: /Quiz/ });
  await expect(quiz.getByRole('group', { name: 'Choices' }).getByRole('button')).toHaveCount(4);
  await quiz.getByRole('button', { name: 'Leave the quiz' }).click();

  // The browser finds the new version; it waits, and the user is asked.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  const prompt = page.getByTestId('update-ready');
  await expect(prompt).toContainText('A new version is ready');
  expect(await buildLabel(page)).toBe('first build');
  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
  await waitForFirstFrame(page);
  expect(await buildLabel(page)).toBe('next build');

  // Offline, with the browser's HTTP cache gone: the precache alone brings the new version back.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await context.setOffline(true);
  await page.reload();
  await waitForFirstFrame(page);
  expect(await buildLabel(page)).toBe('next build');
  expect(await page.evaluate(() => window.__ATLAS__!.markerIds().length)).toBeGreaterThan(700);
  await context.setOffline(false);

  // A server that answers 503, or 404 for the page: the cached app, not the error page.
  host.mode = 'down';
  await page.reload();
  await waitForFirstFrame(page);
  await expect(page.getByRole('button', { name: 'Sole', exact: true })).toBeVisible();
  host.mode = 'up';
  await page.goto(`${host.url}/no-such-page?point=KI1`);
  await waitForFirstFrame(page);
  await expect(page.getByRole('complementary', { name: /KI1/ })).toBeVisible();
});

test('the build ships the licences of the third-party code it bundles, linked from About', async ({ page }) => {
  await page.goto(`${host.url}/`);
  await page.getByRole('button', { name: 'About' }).click();
  const link = page.getByRole('dialog', { name: 'About Acupoint Atlas' }).getByRole('link', { name: /Licences of the third-party code/ });
  const response = await page.request.get(new URL((await link.getAttribute('href'))!, host.url).href);
  const text = await response.text();
  for (const name of ['react', 'three', 'zustand', 'workbox-precaching', 'fuse.js'])
    expect(text).toMatch(new RegExp(`^  ${name.replace('.', '\\.')} \\S+ — `, 'm'));
  expect(text).toContain('Permission is hereby granted');
});
