import { expect, test, type Page } from '@playwright/test';
import { openAtlas, waitForFirstFrame } from './helpers.ts';

/** Every URL the worker's caches hold. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });

test('a Chinese script is cached for offline use once chosen, and not before', async ({ page, context }) => {
  await openAtlas(page, '?point=ST36');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitForFirstFrame(page);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  // Installed and controlling: the app is precached, the Chinese chunks are not.
  await expect.poll(async () => (await cachedUrls(page)).some((u) => u.endsWith('.glb'))).toBe(true);
  expect((await cachedUrls(page)).filter((u) => /\/zh-Han[st]-/.test(u))).toEqual([]);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-Hans');
  await expect(page.getByRole('complementary', { name: /ST36/ })).toContainText('直刺');
  await expect.poll(async () => (await cachedUrls(page)).filter((u) => /\/zh-Hans-/.test(u)).length).toBeGreaterThanOrEqual(2);

  // Offline, the chosen script still comes up.
  await context.setOffline(true);
  await page.reload();
  await waitForFirstFrame(page);
  await expect(page.getByRole('complementary', { name: /ST36/ })).toContainText('直刺');
  await context.setOffline(false);
});
