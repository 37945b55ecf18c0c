import { useMemo, useState } from 'react';
import { pointFactsByCode } from '../data/pointCatalogue.ts';
import { planImport, readUserDataFile, userDataLimits, type ImportMode } from '../lib/userDataModel.ts';
import { useUserData, type SaveProblem } from '../state/userData.ts';
import { fillTemplate } from '../i18n/messages.ts';
import { useStrings } from '../i18n/useStrings.ts';

export type ImportDialogProps = {
  fileName: string;
  /** the file's text, not yet read */
  text: string;
  onClose: () => void;
};

/**
 * What an import would do, before it does it: how many notes, favourites and quiz rounds it adds, how many existing
 * notes it changes, what it refuses and why; Merge (the default) or Replace. Loaded on demand.
 */
export default function ImportDialog({ fileName, text, onClose }: ImportDialogProps) {
  const { t } = useStrings();
  const current = useUserData((s) => s.data);
  const applyImport = useUserData((s) => s.applyImport);
  const [failed, setFailed] = useState<SaveProblem | null>(null);
  const result = useMemo(() => readUserDataFile(text, new Set(pointFactsByCode.keys())), [text]);
  const merge = useMemo(() => (result.ok ? planImport(current, result.read.data, 'merge') : null), [current, result]);
  const replace = useMemo(() => (result.ok ? planImport(current, result.read.data, 'replace') : null), [current, result]);
  const title = fillTemplate(t.importPreviewTitle, { file: fileName });

  const apply = (mode: ImportMode) => {
    if (!result.ok) return;
    const outcome = applyImport(result.read.data, mode);
    if (outcome.ok) onClose();
    else setFailed(outcome.problem);
  };

  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-label={title} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h2>{title}</h2>
        {!result.ok ? (
          <>
            <p role="alert">{fillTemplate(t.importRefused, { reason: t[`fileProblem_${result.problem}`] })}</p>
            <div className="related__row">
              <button type="button" onClick={onClose} autoFocus>
                {t.close}
              </button>
            </div>
          </>
        ) : (
          merge &&
          replace && (
            <>
              {merge.notesAdded + merge.favouritesAdded + merge.quizAdded + merge.notesReplaced === 0 ? (
                <p>{t.importNothing}</p>
              ) : (
                <p data-testid="import-adds">
                  {fillTemplate(t.importAdds, { notes: merge.notesAdded, favourites: merge.favouritesAdded, quiz: merge.quizAdded })}
                </p>
              )}
              {merge.notesReplaced > 0 && <p>{fillTemplate(t.importReplacesLonger, { n: merge.notesReplaced })}</p>}
              {(replace.notesReplaced > 0 || replace.removed > 0) && (
                <p className="muted">{fillTemplate(t.importReplaceEffect, { replaced: replace.notesReplaced, removed: replace.removed })}</p>
              )}
              {result.read.beyondWindow > 0 && <p>{fillTemplate(t.importBeyondWindow, { n: result.read.beyondWindow, window: userDataLimits.quizWindow })}</p>}
              {result.read.setAside.length > 0 && (
                <div data-testid="import-refused">
                  <p>{fillTemplate(t.importRefusedRecords, { n: result.read.setAside.length })}</p>
                  <ul>
                    {result.read.setAside.slice(0, 8).map((r, i) => (
                      <li key={i}>
                        {t[`where_${r.where}`]} {r.where === 'notes' ? `“${r.key.slice(0, 20)}”` : r.key ? `#${Number(r.key) + 1}` : ''}:{' '}
                        {t[`problem_${r.problem}`]}
                      </li>
                    ))}
                    {result.read.setAside.length > 8 && <li>…</li>}
                  </ul>
                </div>
              )}
              <p className="muted">{t.importMergeHelp}</p>
              {failed && <p role="alert">{t[`importNotStored_${failed}`]}</p>}
              <div className="related__row">
                <button type="button" className="primary" onClick={() => apply('merge')} autoFocus>
                  {t.merge}
                </button>
                <button type="button" onClick={() => apply('replace')}>
                  {t.replace}
                </button>
                <button type="button" onClick={onClose}>
                  {t.cancel}
                </button>
              </div>
            </>
          )
        )}
      </div>
    </div>
  );
}
