import { lazy, Suspense } from 'react';
import { useStrings } from '../i18n/useStrings.ts';
import { useAtlasStore } from '../state/store.ts';
import { LessonsPanel } from './LessonsPanel.tsx';

const ReviewPanel = lazy(() => import('./ReviewPanel.tsx'));
const FavouritesPanel = lazy(() => import('./FavouritesPanel.tsx'));
const CombinationsPanel = lazy(() => import('./CombinationsPanel.tsx'));
const ComparePanel = lazy(() => import('./ComparePanel.tsx'));
const HandoutPanel = lazy(() => import('./HandoutPanel.tsx'));

const titles = {
  lessons: 'menuLessons',
  review: 'menuReview',
  favourites: 'menuFavourites',
  compare: 'menuCompare',
  combinations: 'menuCombinations',
  handout: 'menuHandout',
} as const;

/** The open study panel (a drawer over the left of the stage; a sheet at the bottom on a phone). Loaded on demand. */
export default function StudyPanel() {
  const { t } = useStrings();
  const panel = useAtlasStore((s) => s.studyPanel);
  const setStudyPanel = useAtlasStore((s) => s.setStudyPanel);
  const mode = useAtlasStore((s) => s.mode);
  if (!panel || mode === 'present') return null;
  return (
    <section className="study-panel" aria-label={t[titles[panel]]} data-testid="study-panel">
      <header className="study-panel__header">
        <h2>{t[titles[panel]]}</h2>
        <button type="button" className="icon-button" onClick={() => setStudyPanel(null)} aria-label={t.closeStudyPanel}>
          ×
        </button>
      </header>
      <div className="study-panel__body">
        <Suspense fallback={null}>
          {panel === 'lessons' && <LessonsPanel />}
          {panel === 'review' && <ReviewPanel />}
          {panel === 'favourites' && <FavouritesPanel />}
          {panel === 'combinations' && <CombinationsPanel />}
          {panel === 'compare' && <ComparePanel />}
          {panel === 'handout' && <HandoutPanel />}
        </Suspense>
      </div>
    </section>
  );
}
