import type { Plugin, ViteDevServer } from 'vite';
import type * as TraditionalChinese from '../scripts/lib/traditionalChinese.ts';
import type * as SimplifiedStrings from '../src/i18n/zh-Hans.ts';

const stringsId = 'virtual:atlas-strings/zh-Hant';

/**
 * Serves the interface strings in Traditional Chinese, converted at build time from the Simplified ones with the
 * same OpenCC variant and overrides as the point texts, so the two scripts never drift apart.
 */
export function traditionalStringsPlugin(): Plugin {
  let server: ViteDevServer | null = null;
  const load = async <T>(path: string): Promise<T> => {
    if (server) return (await server.ssrLoadModule(path)) as T;
    const { tsImport } = await import('tsx/esm/api');
    return (await tsImport(`..${path}`, import.meta.url)) as T;
  };
  return {
    name: 'atlas-traditional-strings',
    resolveId(id) {
      return id === stringsId ? `\0${id}` : null;
    },
    async load(id) {
      if (id !== `\0${stringsId}`) return null;
      const { zhHans, zhHansLabels } = await load<typeof SimplifiedStrings>('/src/i18n/zh-Hans.ts');
      const { toTraditionalDeep } = await load<typeof TraditionalChinese>('/scripts/lib/traditionalChinese.ts');
      const json = JSON.stringify({ t: toTraditionalDeep(zhHans), labels: toTraditionalDeep(zhHansLabels) });
      return `const strings = JSON.parse(${JSON.stringify(json)});\nexport const zhHant = strings.t;\nexport const zhHantLabels = strings.labels;\n`;
    },
    configureServer(devServer) {
      server = devServer;
    },
  };
}
