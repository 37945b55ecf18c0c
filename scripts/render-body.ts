/**
 * Renders contact sheets of the generated bodies with headless Chromium (Playwright) and a Vite dev server.
 * Usage: npx tsx scripts/render-body.ts [--body male|female|both] [--dir public/models] [--out docs] [--no-dots] [--detail]
 * Writes docs/body-contact-sheet.png, docs/body-landmarks-sheet.png (landmarks as red dots) and
 * docs/body-female-contact-sheet.png; --detail adds close-up sheets (face, ear, hands, feet, navel, C7) and the
 * female landmark sheet; --closeups writes docs/placement-closeups[-female].png: the shoulder, the lateral ankle, the
 * side of the face, the nape, the chest and the armpit with every resolved point labelled.
 */
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer } from 'vite';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './ensure-chromium.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const root = resolve(import.meta.dirname, '..');
const which = arg('body') ?? 'both';
const dir = resolve(arg('dir') ?? resolve(root, 'public/models'));
const outDir = resolve(arg('out') ?? resolve(root, 'docs'));
const withDots = !process.argv.includes('--no-dots');
mkdirSync(outDir, { recursive: true });

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  cacheDir: resolve(tmpdir(), 'acupoint-atlas-render-body-vite'),
  server: { port: 0, host: '127.0.0.1', fs: { strict: false, allow: [root, dir] } },
  optimizeDeps: { entries: ['tests/render/render.ts'] },
});
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 5173;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', ...chromiumArgs],
});
try {
  const bodies = which === 'both' ? ['male', 'female'] : [which];
  for (const body of bodies) {
    const base = body === 'female' ? 'body-female' : 'body';
    const glb = resolve(dir, `${base}.glb`);
    const lmf = resolve(dir, `${base}.landmarks.json`);
    if (!existsSync(glb)) {
      console.error(`skip ${body}: ${glb} missing`);
      continue;
    }
    const height = existsSync(lmf) ? JSON.parse(readFileSync(lmf, 'utf8')).height : 1.75;
    const sheets: [string, boolean][] = [[`${base}-contact-sheet.png`, false]];
    const detail = process.argv.includes('--detail');
    if (withDots && (body === 'male' || detail)) sheets.push([`${base}-landmarks-sheet.png`, true]);
    if (detail) sheets.push([`${base}-detail-sheet.png`, false], [`${base}-detail2-sheet.png`, false]);
    if (process.argv.includes('--face')) sheets.push([`${base}-face-sheet.png`, false]);
    const closeups = process.argv.includes('--closeups');
    let pointsFile = '';
    if (closeups) {
      sheets.length = 0;
      sheets.push([`placement-closeups${body === 'female' ? '-female' : ''}.png`, false]);
      pointsFile = resolve(tmpdir(), `acupoint-atlas-points-${body}.json`);
      writeFileSync(pointsFile, execFileSync('npx', ['tsx', resolve(root, 'scripts/export-points.ts'), '--body', body], { cwd: root, maxBuffer: 1 << 26 }));
    }
    for (const [file, dots] of sheets) {
      const set = file.includes('closeups')
        ? `&set=closeups&cols=3&rows=2&w=580&h=720&points=/@fs${pointsFile}`
        : file.includes('face')
          ? '&set=face&cols=2&rows=2&w=760&h=760'
          : file.includes('detail2')
            ? '&set=detail2'
            : file.includes('detail')
              ? '&set=detail'
              : '';
      const page = await browser.newPage({ viewport: { width: 1760, height: 1560 } });
      page.on('console', (m) => {
        if (m.type() === 'error') console.error(`page: ${m.text()}`);
      });
      const url = `http://127.0.0.1:${port}/tests/render/body.html?glb=/@fs${glb}&landmarks=/@fs${lmf}&height=${height}${dots ? '&dots=1' : ''}${set}`;
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done === true, null, { timeout: 240_000 });
      await page.screenshot({ path: resolve(outDir, file) });
      await page.close();
      console.log(`wrote ${resolve(outDir, file)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
