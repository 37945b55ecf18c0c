import { lazy, Suspense, useEffect } from 'react';
import { useAtlasStore } from './state/store.ts';
import { DrawerToggles } from './ui/DrawerToggles.tsx';
import { FilterPanel } from './ui/FilterPanel.tsx';
import { ModelStatus } from './ui/ModelStatus.tsx';
import { BodySelect } from './ui/BodySelect.tsx';
import { LanguageSelect } from './ui/LanguageSelect.tsx';
import { ModeButtons } from './ui/ModeButtons.tsx';
import { ShareLinkButton } from './ui/ShareLinkButton.tsx';
import { useStrings } from './i18n/useStrings.ts';
import { NoticeBanner } from './ui/NoticeBanner.tsx';
import { PointList } from './ui/PointList.tsx';
import { PickChooser } from './ui/PickChooser.tsx';
import { PointPanel } from './ui/PointPanel.tsx';
import { PresentExit } from './ui/PresentExit.tsx';
import { SearchBox } from './ui/SearchBox.tsx';
import { Toolbar } from './ui/Toolbar.tsx';
import { StudyMenu } from './ui/StudyMenu.tsx';
import { LessonPresenter } from './ui/LessonPresenter.tsx';
import { ActiveChips } from './ui/ActiveChips.tsx';
import { BottomSheet } from './ui/BottomSheet.tsx';
import { ChannelLegend, LegendToggle } from './ui/ChannelLegend.tsx';
import { GestureHint } from './ui/GestureHint.tsx';
import { TopBar } from './ui/TopBar.tsx';
import { useLayoutKind } from './ui/useLayoutKind.ts';
import { LazyPart } from './ui/LazyPart.tsx';

// Study panels (lessons, review, compare…): fetched when one is opened.
const StudyPanel = lazy(() => import('./ui/StudyPanel.tsx'));
const loadAtlasCanvas = () => import('./scene/AtlasCanvas.tsx');
import { AboutButton } from './ui/AboutButton.tsx';
import { QuizPart } from './ui/QuizPart.tsx';
import { StatusBanners } from './ui/StatusBanners.tsx';

/** The one place where the 3D scene and the DOM interface meet; they share only the store. */
export function App() {
  const status = useAtlasStore((s) => s.modelStatus);
  const webgl = useAtlasStore((s) => s.webgl);
  const listMode = status.state === 'error' || webgl !== 'ok';
  const drawer = useAtlasStore((s) => s.drawer);
  const mode = useAtlasStore((s) => s.mode);
  const studyPanel = useAtlasStore((s) => s.studyPanel);
  const selectedCode = useAtlasStore((s) => s.selectedCode);
  const setDrawer = useAtlasStore((s) => s.setDrawer);
  const { t } = useStrings();
  // Phones: a top bar and a bottom sheet (upright) or a side panel (on its side); wider screens: toolbar and side panel.
  const layout = useLayoutKind();
  const compact = layout !== 'desktop';
  // On a phone a drawer and the point panel do not share the screen (the body would be squeezed out): opening a
  // point (from the list, say) closes the drawer, and an open drawer hides the panel.
  useEffect(() => {
    if (compact && selectedCode) setDrawer(null);
  }, [compact, selectedCode, setDrawer]);
  const pointPanel =
    layout === 'phone' ? (
      !drawer &&
      selectedCode && (
        <BottomSheet resetKey={selectedCode}>
          <PointPanel />
        </BottomSheet>
      )
    ) : compact && drawer ? null : (
      <PointPanel />
    );

  return (
    <div className={`atlas atlas--${mode} atlas--${layout}`}>
      {compact ? (
        <TopBar />
      ) : (
        <Toolbar>
          <DrawerToggles />
          <div className="toolbar__group">
            <ModeButtons />
            <ShareLinkButton />
            <StudyMenu />
            <LegendToggle />
            <BodySelect />
            <LanguageSelect />
          </div>
          <SearchBox />
          <AboutButton />
        </Toolbar>
      )}
      <NoticeBanner />
      <StatusBanners />
      <div className="atlas__main">
        {drawer && (
          <div className="side-drawer" id="side-drawer">
            {drawer === 'filters' ? <FilterPanel /> : !listMode && <PointList />}
          </div>
        )}
        <main className="stage" aria-label={t.stageLabel}>
          {webgl !== 'unavailable' && (
            // The 3D stage (three.js, react-three-fiber) is its own chunk: the interface paints without waiting for it.
            <LazyPart part="stage" load={loadAtlasCanvas} props={{}} />
          )}
          {listMode ? (
            <div className="list-mode">
              <ModelStatus inline />
              <PointList />
            </div>
          ) : (
            <ModelStatus />
          )}
          {!listMode && (
            <>
              <ActiveChips />
              <GestureHint />
              <ChannelLegend />
            </>
          )}
          <PresentExit />
          <LessonPresenter />
          {studyPanel && (
            <Suspense fallback={null}>
              <StudyPanel />
            </Suspense>
          )}
          <PickChooser />
        </main>
        {mode === 'quiz' ? <QuizPart /> : pointPanel}
      </div>
    </div>
  );
}
