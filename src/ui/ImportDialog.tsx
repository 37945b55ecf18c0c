import { useEffect, useMemo, useState } from 'react';
import { pointFactsByCode } from '../data/pointCatalogue.ts';
import { planImport, readUserDataFile, userDataLimits, type ImportMode } from '../lib/userDataModel.ts';
import { applyStudyImport, planStudyImport, undoStudyImport, type StudyImportPlan } from '../state/studyRecords.ts';
import { problemOf, useUserData, type SaveProblem } from '../state/userData.ts';
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
 * notes it changes, what it refuses and why; Merge (the default) or Replace. The file's lessons and review cards are
 * previewed and always merged. Loaded on demand.
 */
export default function ImportDialog({ fileName, text, onClose }: ImportDialogProps) {
  const { t } = useStrings();
  const current = useUserData((s) => s.data);
  const applyImport = useUserData((s) => s.applyImport);
  const [failed, setFailed] = useState<SaveProblem | null>(null);
  const known = useMemo(() => new Set(pointFactsByCode.keys()), []);
  const result = useMemo(() => readUserDataFile(text, known), [text, known]);
  // The study records are read by their own (lazily loaded) validator: the preview shows them once read.
  const studyPlan = useMemo(() => (result.ok ? planStudyImport(result.study, known) : Promise.resolve(null)), [result, known]);
  const [study, setStudy] = useState<{ plan: StudyImportPlan | null } | null>(null);
  useEffect(() => {
    let live = true;
    void studyPlan.then((plan) => live && setStudy({ plan }));
    return () => {
      live = false;
    };
  }, [studyPlan]);
  const merge = useMemo(() => (result.ok ? planImport(current, result.read.data, 'merge') : null), [current, result]);
  const replace = useMemo(() => (result.ok ? planImport(current, result.read.data, 'replace') : null), [current, result]);
  const title = fillTemplate(t.importPreviewTitle, { file: fileName });

  const apply = async (mode: ImportMode) => {
    if (!result.ok) return;
    const plan = await studyPlan;
    // Lessons and cards first: if the notes then fail to store, the lessons are put back and nothing has changed.
    if (plan) {
      try {
        applyStudyImport(plan);
      } catch (e) {
        setFailed(problemOf(e));
        return;
      }
    }
    const outcome = applyImport(result.read.data, mode, plan);
    if (outcome.ok) onClose();
    else {
      if (plan) undoStudyImport();
      setFailed(outcome.problem);
    }
  };
  const studyChanges = study?.plan ? study.plan.lessonsAdded + study.plan.lessonsUpdated + study.plan.cardsAdded + study.plan.cardsUpdated : 0;

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
              {merge.notesAdded + merge.favouritesAdded + merge.quizAdded + merge.notesReplaced + studyChanges === 0 ? (
                <p>{t.importNothing}</p>
              ) : (
                <p data-testid="import-adds">
                  {fillTemplate(t.importAdds, { notes: merge.notesAdded, favourites: merge.favouritesAdded, quiz: merge.quizAdded })}
                </p>
              )}
              {merge.notesReplaced > 0 && <p>{fillTemplate(t.importReplacesLonger, { n: merge.notesReplaced })}</p>}
              {study?.plan && (
                <>
                  {studyChanges > 0 && (
                    <p data-testid="import-study">
                      {fillTemplate(t.importStudy, {
                        lessons: study.plan.lessonsAdded,
                        lessonsUpdated: study.plan.lessonsUpdated,
                        cards: study.plan.cardsAdded,
                        cardsUpdated: study.plan.cardsUpdated,
                      })}
                    </p>
                  )}
                  {study.plan.setAside > 0 && <p>{fillTemplate(t.importStudySetAside, { n: study.plan.setAside })}</p>}
                  <p className="muted">{t.importStudyHelp}</p>
                </>
              )}
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
                <button type="button" className="primary" onClick={() => void apply('merge')} autoFocus>
                  {t.merge}
                </button>
                <button type="button" onClick={() => void apply('replace')}>
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
