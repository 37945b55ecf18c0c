import { ensureChromium } from '../../scripts/ensure-chromium.ts';

/** Playwright global setup: the browser comes from Debian, never from a download. */
export default function globalSetup(): void {
  try {
    ensureChromium();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
