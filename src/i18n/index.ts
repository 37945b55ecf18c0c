import { en, enLabels, type Labels, type Strings } from './en.ts';

export type Language = 'en' | 'zh';
export const languages: readonly { id: Language; label: string; htmlLang: string }[] = [
  { id: 'en', label: 'English', htmlLang: 'en' },
  { id: 'zh', label: '简体中文', htmlLang: 'zh-Hans' },
];

const loaded = new Map<Language, { t: Strings; labels: Labels }>([['en', { t: en, labels: enLabels }]]);

/** Loads a language's strings; Chinese is a separate chunk, fetched only when chosen. */
export async function loadLanguage(language: Language): Promise<void> {
  if (loaded.has(language)) return;
  const { zh, zhLabels } = await import('./zh.ts');
  loaded.set('zh', { t: zh, labels: zhLabels });
}

/** The strings of a language, falling back to English until they are loaded. */
export function stringsFor(language: Language): { t: Strings; labels: Labels } {
  return loaded.get(language) ?? loaded.get('en')!;
}
