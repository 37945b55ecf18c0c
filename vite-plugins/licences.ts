import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';

/** A third-party package that code in the build came from. */
export interface BundledPackage {
  readonly name: string;
  readonly version: string;
  readonly license: string;
  /** the package's own licence file, if it ships one */
  readonly text: string | null;
}

/** The folder of the package a bundled module belongs to (`…/node_modules/@scope/name`), or null for our own code. */
export function packageRootOf(moduleId: string): string | null {
  const path = moduleId.replace(/^\0/, '').split('?')[0]!;
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  if (at < 0) return null;
  const rest = path.slice(at + marker.length).split(sep);
  const depth = rest[0]?.startsWith('@') ? 2 : 1;
  return path.slice(0, at + marker.length) + rest.slice(0, depth).join(sep);
}

/** Name, version, licence and licence text of each package root, sorted by name. */
export function describePackages(roots: Iterable<string>): BundledPackage[] {
  const packages = new Map<string, BundledPackage>();
  for (const root of roots) {
    const manifest = join(root, 'package.json');
    if (!existsSync(manifest)) continue;
    const json = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string; license?: string | { type?: string } };
    const name = json.name ?? root.split(sep).pop()!;
    const licenceFile = readdirSync(root).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    packages.set(`${name}@${json.version}`, {
      name,
      version: json.version ?? '?',
      license: typeof json.license === 'string' ? json.license : (json.license?.type ?? 'see the package'),
      text: licenceFile ? readFileSync(join(root, licenceFile), 'utf8').trim() : null,
    });
  }
  return [...packages.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The text of licences.txt. */
export function licencesText(packages: readonly BundledPackage[]): string {
  const head = [
    'Acupoint Atlas — licences',
    '',
    'The atlas: code MIT (LICENSE); texts and point data CC BY 4.0; the generated bodies (models/) CC0-1.0.',
    '',
    `Third-party code bundled in this build (${packages.length} packages):`,
    ...packages.map((p) => `  ${p.name} ${p.version} — ${p.license}`),
  ];
  const bodies = packages.map((p) =>
    [
      `${'='.repeat(78)}`,
      `${p.name} ${p.version} — ${p.license}`,
      '',
      p.text ?? `(the package ships no licence file; its package.json says ${p.license})`,
    ].join('\n'),
  );
  return `${[...head, '', ...bodies].join('\n')}\n`;
}

/**
 * Ships `licences.txt`: the licence of every third-party package whose code the build bundles, read from the
 * bundled modules' packages at build time (plus `extraPackages`, for code bundled outside this build: the worker).
 */
export function licencesPlugin(extraPackages: readonly string[] = []): Plugin {
  let root = '';
  return {
    name: 'atlas-licences',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const roots = new Set<string>();
      for (const output of Object.values(bundle))
        if (output.type === 'chunk')
          for (const id of output.moduleIds) {
            const packageRoot = packageRootOf(id);
            if (packageRoot) roots.add(packageRoot);
          }
      for (const name of extraPackages) {
        const dir = join(root, 'node_modules', name);
        if (existsSync(dir)) roots.add(dir);
      }
      const packages = describePackages(roots);
      this.emitFile({ type: 'asset', fileName: 'licences.txt', source: licencesText(packages) });
    },
  };
}
