import { en, enLabels, type Labels, type Strings } from './en.ts';

/** An interface language; point texts come in the same three. */
export type Language = 'en' | 'zh-Hans' | 'zh-Hant';

export const languages: readonly { id: Language; label: string; htmlLang: string }[] = [
  { id: 'en', label: 'English', htmlLang: 'en' },
  { id: 'zh-Hans', label: '简体中文', htmlLang: 'zh-Hans' },
  { id: 'zh-Hant', label: '繁體中文', htmlLang: 'zh-Hant' },
];

export const isLanguage = (s: string | null | undefined): s is Language => languages.some((l) => l.id === s);
export const htmlLangOf = (language: Language): string => languages.find((l) => l.id === language)?.htmlLang ?? 'en';

/** Older builds remembered `zh`; it meant Simplified Chinese. */
export const languageFromStored = (s: string | null): Language | null => (s === 'zh' ? 'zh-Hans' : isLanguage(s) ? s : null);

type StringSet = { t: Strings; labels: Labels };
const loaded = new Map<Language, StringSet>([['en', { t: en, labels: enLabels }]]);
const loaders: Record<Exclude<Language, 'en'>, () => Promise<StringSet>> = {
  'zh-Hans': () => import('./zh-Hans.ts').then((m) => ({ t: m.zhHans, labels: m.zhHansLabels })),
  'zh-Hant': () => import('virtual:atlas-strings/zh-Hant').then((m) => ({ t: m.zhHant, labels: m.zhHantLabels })),
};

/** Loads a language's strings; each Chinese script is a separate chunk, fetched only when chosen. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || loaded.has(language)) return;
  loaded.set(language, await loaders[language]());
}

/** The strings of a language, falling back to English until they are loaded. */
export function stringsFor(language: Language): StringSet {
  return loaded.get(language) ?? loaded.get('en')!;
}
