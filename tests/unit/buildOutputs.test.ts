import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { describePackages, licencesText, packageRootOf } from '../../vite-plugins/licences.ts';
import { precacheManifest } from '../../vite-plugins/offline.ts';
import { earlyBodyScript, stylesheetsAfterLoadingScreen } from '../../vite-plugins/earlyBody.ts';
import { bodies } from '../../src/data/bodies.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('the offline worker’s precache list', () => {
  it('revisions each file by its content, so a file changed at the same size and name is fetched again', () => {
    const a = precacheManifest([
      { url: 'models/body.landmarks.json', bytes: bytes('{"a":1}') },
      { url: 'index.html', bytes: bytes('<p>') },
    ]);
    const b = precacheManifest([
      { url: 'models/body.landmarks.json', bytes: bytes('{"a":2}') },
      { url: 'index.html', bytes: bytes('<p>') },
    ]);
    expect(a.entries.map((e) => e.url)).toEqual(['index.html', 'models/body.landmarks.json']);
    expect(a.entries[1]!.revision).not.toBe(b.entries[1]!.revision);
    expect(a.entries[0]!.revision).toBe(b.entries[0]!.revision);
    expect(a.build).not.toBe(b.build);
  });
  it('leaves the Chinese chunks to be fetched when chosen, but still versions them', () => {
    const files = ['assets/index-a1.js', 'assets/zh-Hans-B2c.js', 'assets/zh-Hant-x_Y.js'].map((url) => ({ url, bytes: bytes(url) }));
    const { entries, onDemand, build } = precacheManifest(files);
    expect(entries.map((e) => e.url)).toEqual(['assets/index-a1.js']);
    expect(onDemand).toEqual(['assets/zh-Hans-B2c.js', 'assets/zh-Hant-x_Y.js']);
    const changed = precacheManifest(files.map((f) => (f.url.includes('zh-Hant') ? { ...f, bytes: bytes('other') } : f)));
    expect(changed.build).not.toBe(build);
  });
  it('leaves out the worker itself and source maps', () => {
    const { entries } = precacheManifest(['sw.js', 'assets/index.js.map', 'assets/index.js'].map((url) => ({ url, bytes: bytes(url) })));
    expect(entries.map((e) => e.url)).toEqual(['assets/index.js']);
  });
});

describe('the licence list', () => {
  it('finds the package of a bundled module, scoped or not', () => {
    expect(packageRootOf('/x/node_modules/three/build/three.module.js')).toBe('/x/node_modules/three');
    expect(packageRootOf('/x/node_modules/@react-three/fiber/dist/index.js?v=1')).toBe('/x/node_modules/@react-three/fiber');
    expect(packageRootOf('/x/node_modules/a/node_modules/b/index.js')).toBe('/x/node_modules/a/node_modules/b');
    expect(packageRootOf('/x/src/App.tsx')).toBeNull();
  });
  it('reads each package’s licence and text', () => {
    const [three] = describePackages([join(process.cwd(), 'node_modules', 'three')]);
    expect(three).toMatchObject({ name: 'three', license: 'MIT' });
    expect(three!.text).toContain('Permission is hereby granted');
    expect(licencesText([three!])).toMatch(/^ {2}three \S+ — MIT$/m);
  });
});

describe('the loading screen', () => {
  it('moves the stylesheets after the loading screen, keeping everything else in place', () => {
    const page = [
      '<head>',
      '    <script type="module" src="/assets/index.js"></script>',
      '    <link rel="stylesheet" crossorigin href="/assets/index.css">',
      '  </head>',
      '  <body>',
      '    <div id="root">loading</div>',
      '  </body>',
    ].join('\n');
    const moved = stylesheetsAfterLoadingScreen(page);
    expect(moved.indexOf('index.css')).toBeGreaterThan(moved.indexOf('id="root"'));
    expect(moved.indexOf('index.css')).toBeLessThan(moved.indexOf('</body>'));
    expect(moved).toContain('<script type="module" src="/assets/index.js"></script>');
    expect(moved.match(/stylesheet/g)).toHaveLength(1);
  });
  it('starts the download of each body by the same path the app asks for, under the site base', () => {
    const script = earlyBodyScript('/atlas/');
    for (const b of bodies) expect(script).toContain(`"/atlas/${b.glb}"`);
    // plain JavaScript the browser runs as is
    expect(() => new Script(script)).not.toThrow();
  });
});
