import { useEffect } from 'react';
import { bodies, type BodyId } from '../data/bodies.ts';
import { languages, type Language } from '../i18n/index.ts';
import { formatAtlasLink } from '../lib/urlState.ts';
import { useAppStatus } from '../state/appStatus.ts';
import { useAtlasStore } from '../state/store.ts';
import { linkForState } from '../state/urlSync.ts';
import { useStrings } from './useStrings.ts';

/** Quiz, presentation, body, language and link sharing. */
export function ModeControls() {
  const { t } = useStrings();
  const mode = useAtlasStore((s) => s.mode);
  const setMode = useAtlasStore((s) => s.setMode);
  const startQuiz = useAtlasStore((s) => s.startQuiz);
  const language = useAtlasStore((s) => s.language);
  const setLanguage = useAtlasStore((s) => s.setLanguage);
  const bodyId = useAtlasStore((s) => s.bodyId);
  const loadBody = useAtlasStore((s) => s.loadBody);
  const setNotice = useAtlasStore((s) => s.setNotice);
  const ready = useAtlasStore((s) => s.modelStatus.state === 'ready' && s.webgl === 'ok');

  useEffect(() => {
    if (mode !== 'present') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setMode('explore');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode, setMode]);

  // A language whose strings do not download is reported with Retry (StatusBanners), never dropped silently.
  const chooseLanguage = (l: Language) => setLanguage(l).then(() => useAppStatus.setState({ languageFailed: null }), () => useAppStatus.setState({ languageFailed: l }));

  const copyLink = async () => {
    const query = formatAtlasLink(linkForState(useAtlasStore.getState(), true));
    const url = `${window.location.origin}${window.location.pathname}${query}`;
    window.history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url);
      setNotice({ kind: 'info', text: `${t.linkCopied} ${url}` });
    } catch {
      setNotice({ kind: 'info', text: url });
    }
  };

  return (
    <div className="toolbar__group">
      <button type="button" disabled={!ready} onClick={() => startQuiz('find')}>
        {t.quizFindShort}
      </button>
      <button type="button" disabled={!ready} onClick={() => startQuiz('name')}>
        {t.quizNameShort}
      </button>
      <button type="button" aria-pressed={mode === 'present'} onClick={() => setMode(mode === 'present' ? 'explore' : 'present')}>
        {mode === 'present' ? t.leavePresent : t.present}
      </button>
      <button type="button" onClick={() => void copyLink()}>
        {t.copyLinkShort}
      </button>
      <label className="toolbar__select">
        <span className="visually-hidden">{t.body}</span>
        <select value={bodyId} onChange={(e) => void loadBody(e.target.value as BodyId)} aria-label={t.body}>
          {bodies.map((b) => (
            <option key={b.id} value={b.id}>
              {b.label}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar__select">
        <span className="visually-hidden">{t.language}</span>
        <select value={language} onChange={(e) => chooseLanguage(e.target.value as Language)} aria-label={t.language}>
          {languages.map((l) => (
            <option key={l.id} value={l.id} lang={l.htmlLang}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
