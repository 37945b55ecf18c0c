import { useAppStatus } from '../state/appStatus.ts';
import { useAtlasStore } from '../state/store.ts';
import { useUserData } from '../state/userData.ts';
import { fillTemplate } from '../i18n/messages.ts';
import { downloadText } from './download.ts';
import { PartError } from './LazyPart.tsx';
import { useStrings } from '../i18n/useStrings.ts';

/**
 * Lasting messages about the user's data and the app itself: saving failed (with Export), records set aside (once),
 * the last import (with Undo), a language that did not download (with Retry), a new version ready (with Reload).
 */
export function StatusBanners() {
  const { t } = useStrings();
  const save = useUserData((s) => s.save);
  const setAside = useUserData((s) => s.setAsideNotice);
  const lastImport = useUserData((s) => s.lastImport);
  const exportText = useUserData((s) => s.exportText);
  const setAsideText = useUserData((s) => s.setAsideText);
  const undoImport = useUserData((s) => s.undoImport);
  const dismissImport = useUserData((s) => s.dismissImport);
  const dismissSetAside = useUserData((s) => s.dismissSetAside);
  const updateReady = useAppStatus((s) => s.updateReady);
  const applyUpdate = useAppStatus((s) => s.applyUpdate);
  const languageFailed = useAppStatus((s) => s.languageFailed);
  const setLanguage = useAtlasStore((s) => s.setLanguage);

  const retryLanguage = () => {
    if (!languageFailed) return;
    useAppStatus.setState({ languageFailed: null });
    setLanguage(languageFailed).catch(() => useAppStatus.setState({ languageFailed }));
  };

  return (
    <>
      {save.state === 'failed' && (
        <div className="notice notice--error data-banner" role="alert" data-testid="save-failed">
          <span>{t[`saveFailed_${save.problem}`]}</span>
          <button type="button" onClick={() => downloadText('acupoint-atlas-notes.json', exportText())}>
            {t.exportData}
          </button>
        </div>
      )}
      {setAside && (
        <div className="notice notice--info data-banner" role="status" data-testid="set-aside">
          <span>
            {setAside.newerVersion !== null ? fillTemplate(t.setAsideNewer, { version: setAside.newerVersion }) : ''}{' '}
            {setAside.count > 0 ? fillTemplate(t.setAsideNotice, { count: setAside.count }) : ''}
          </span>
          <button type="button" onClick={() => downloadText('acupoint-atlas-set-aside.json', setAsideText())}>
            {t.exportSetAside}
          </button>
          <button type="button" className="icon-button" onClick={dismissSetAside} aria-label={t.dismiss}>
            ×
          </button>
        </div>
      )}
      {lastImport && (
        <div className="notice notice--info data-banner" role="status" data-testid="import-done">
          <span>
            {lastImport.mode === 'merge'
              ? fillTemplate(t.importDone_merge, {
                  notes: lastImport.plan.notesAdded,
                  replaced: lastImport.plan.notesReplaced,
                  favourites: lastImport.plan.favouritesAdded,
                  quiz: lastImport.plan.quizAdded,
                })
              : fillTemplate(t.importDone_replace, {
                  notes: Object.keys(useUserData.getState().data.notes).length,
                  favourites: useUserData.getState().data.favourites.length,
                  quiz: useUserData.getState().data.quizHistory.length,
                })}
            {lastImport.study && (
              <>
                {' '}
                {fillTemplate(t.importDoneStudy, {
                  lessons: lastImport.study.lessonsAdded,
                  lessonsUpdated: lastImport.study.lessonsUpdated,
                  cards: lastImport.study.cardsAdded,
                  cardsUpdated: lastImport.study.cardsUpdated,
                })}
              </>
            )}
          </span>
          <button type="button" onClick={undoImport}>
            {t.undo}
          </button>
          <button type="button" className="icon-button" onClick={dismissImport} aria-label={t.dismiss}>
            ×
          </button>
        </div>
      )}
      {languageFailed && (
        <div className="notice notice--error data-banner">
          <PartError part="language" onRetry={retryLanguage} cancel={{ label: t.dismiss, onCancel: () => useAppStatus.setState({ languageFailed: null }) }} />
        </div>
      )}
      {updateReady && (
        <div className="notice notice--info data-banner" role="status" data-testid="update-ready">
          <span>{t.updateReady} —</span>
          <button type="button" className="primary" onClick={() => applyUpdate?.()}>
            {t.reload}
          </button>
        </div>
      )}
    </>
  );
}
