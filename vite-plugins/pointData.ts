import type { Plugin, ViteDevServer } from 'vite';
import type * as CatalogueSource from '../src/data/catalogueSource.ts';
import type * as TraditionalChinese from '../scripts/lib/traditionalChinese.ts';

const indexId = 'virtual:atlas-point-index';
const textsPrefix = 'virtual:atlas-point-texts/';
const textLanguages = ['en', 'zh-Hans', 'zh-Hant'] as const;

/**
 * Serves the point catalogue to the app as modules: every point's facts for the first frame, and each language's
 * texts in a chunk of its own, loaded when a panel or a text search first wants them in that language. The sources
 * are read and validated with zod here, at build time, so a bad record fails the build and the browser never spends
 * time validating 409 records. Traditional Chinese is converted from Simplified here too.
 */
export function pointDataPlugin(): Plugin {
  let built: Promise<Map<string, string>> | null = null;
  let server: ViteDevServer | null = null;
  const build = async () => {
    // In dev, Vite's own module graph loads the data, so an edited point file is read afresh; a build uses tsx.
    const load = async <T>(path: string): Promise<T> => {
      if (server) return (await server.ssrLoadModule(path)) as T;
      const { tsImport } = await import('tsx/esm/api');
      return (await tsImport(`..${path}`, import.meta.url)) as T;
    };
    const source = await load<typeof CatalogueSource>('/src/data/catalogueSource.ts');
    const { toTraditionalTexts } = await load<typeof TraditionalChinese>('/scripts/lib/traditionalChinese.ts');
    const asModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
    const modules = new Map<string, string>([[indexId, asModule(source.pointFacts)]]);
    modules.set(`${textsPrefix}en`, asModule(source.pointTexts.en));
    modules.set(`${textsPrefix}zh-Hans`, asModule(source.pointTexts['zh-Hans']));
    // A point not yet written in Chinese keeps its English texts but still shows its name in Traditional characters.
    const hanzi = new Map(source.pointFacts.map((p) => [p.code, p.names.hanzi]));
    modules.set(`${textsPrefix}zh-Hant`, asModule(toTraditionalTexts(source.pointTexts['zh-Hans'], hanzi)));
    return modules;
  };
  const ids = [indexId, ...textLanguages.map((l) => `${textsPrefix}${l}`)];
  return {
    name: 'atlas-point-data',
    resolveId(id) {
      return ids.includes(id) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith('\0') || !ids.includes(id.slice(1))) return null;
      built ??= build();
      return (await built).get(id.slice(1)) ?? null;
    },
    configureServer(devServer: ViteDevServer) {
      server = devServer;
      devServer.watcher.on('change', (file) => {
        if (!file.includes('/src/data/') && !file.includes('/src/anatomy/')) return;
        built = null;
        for (const id of ids) {
          const mod = devServer.moduleGraph.getModuleById(`\0${id}`);
          if (mod) devServer.moduleGraph.invalidateModule(mod);
        }
        devServer.ws.send({ type: 'full-reload' });
      });
    },
  };
}
