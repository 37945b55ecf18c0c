import { languages, type Language } from '../i18n/index.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { useAtlasStore } from '../state/store.ts';

/** Chooses the language of the interface and of the point texts. */
export function LanguageSelect() {
  const { t, language } = useStrings();
  const setLanguage = useAtlasStore((s) => s.setLanguage);
  return (
    <label className="toolbar__select">
      <span className="visually-hidden">{t.language}</span>
      <select value={language} onChange={(e) => void setLanguage(e.target.value as Language)} aria-label={t.language}>
        {languages.map((l) => (
          <option key={l.id} value={l.id} lang={l.htmlLang}>
            {l.label}
          </option>
        ))}
      </select>
    </label>
  );
}
