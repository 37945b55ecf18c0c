import type { Plugin, ViteDevServer } from 'vite';

const indexId = 'virtual:atlas-point-index';
const textsId = 'virtual:atlas-point-texts';

/**
 * Serves the point catalogue to the app as two modules: the summaries every first frame needs, and the long
 * texts in a chunk of their own, loaded when a panel or a text search first wants them. The catalogue is read
 * from its TypeScript sources and validated with zod here, at build time, so a bad record fails the build and
 * the browser never spends time validating 409 records.
 */
export function pointDataPlugin(): Plugin {
  let built: Promise<{ index: string; texts: string }> | null = null;
  let server: ViteDevServer | null = null;
  const build = async () => {
    // In dev, Vite's own module graph loads the data, so an edited point file is read afresh; a build uses tsx.
    const load = async <T>(path: string): Promise<T> => {
      if (server) return (await server.ssrLoadModule(path)) as T;
      const { tsImport } = await import('tsx/esm/api');
      return (await tsImport(`..${path}`, import.meta.url)) as T;
    };
    const { catalogue } = await load<typeof import('../src/data/catalogue.ts')>('/src/data/catalogue.ts');
    const { splitPoint } = await load<typeof import('../src/data/pointSplit.ts')>('/src/data/pointSplit.ts');
    const parts = catalogue.map(splitPoint);
    const asModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
    return {
      index: asModule(parts.map((p) => p.summary)),
      texts: asModule(Object.fromEntries(parts.map((p, i) => [catalogue[i]!.code, p.texts]))),
    };
  };
  return {
    name: 'atlas-point-data',
    resolveId(id) {
      return id === indexId || id === textsId ? `\0${id}` : null;
    },
    async load(id) {
      if (id !== `\0${indexId}` && id !== `\0${textsId}`) return null;
      built ??= build();
      const data = await built;
      return id === `\0${indexId}` ? data.index : data.texts;
    },
    configureServer(devServer: ViteDevServer) {
      server = devServer;
      devServer.watcher.on('change', (file) => {
        if (!file.includes('/src/data/') && !file.includes('/src/anatomy/')) return;
        built = null;
        for (const id of [indexId, textsId]) {
          const mod = devServer.moduleGraph.getModuleById(`\0${id}`);
          if (mod) devServer.moduleGraph.invalidateModule(mod);
        }
        devServer.ws.send({ type: 'full-reload' });
      });
    },
  };
}
