/**
 * Makes sure Debian's Chromium and a CJK font are present for the browser tests. Installs them with apt
 * when missing and running as root; otherwise stops with one line saying what to install.
 * Nothing is downloaded except Debian packages (no browser builds of Playwright's own).
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = '/usr/bin/chromium';

/**
 * Flags for headless Debian Chromium here: software WebGL through SwiftShader, and no background traffic to hosts
 * this machine cannot reach. Never add --disable-software-rasterizer: WebGL then returns null.
 */
export const chromiumArgs: readonly string[] = [
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-domain-reliability',
];

function hasCjkFont(): boolean {
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().length > 0;
}

/** Returns normally when Chromium and a CJK font are ready; throws with a one-line message otherwise. */
export function ensureChromium(): void {
  const missing: string[] = [];
  if (!existsSync(chromiumPath)) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-wqy-microhei');
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!isRoot || !hasApt) throw new Error(`Browser tests need Debian packages: apt-get install -y ${missing.join(' ')}`);
  console.log(`Installing ${missing.join(' ')} with apt-get…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
  if (!existsSync(chromiumPath)) throw new Error(`apt-get did not install ${chromiumPath}: apt-get install -y chromium`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureChromium();
    console.log('chromium and a CJK font are installed');
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
