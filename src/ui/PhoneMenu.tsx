import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStrings } from '../i18n/useStrings.ts';
import { useAtlasStore, viewPresets } from '../state/store.ts';
import { BodySelect } from './BodySelect.tsx';
import { AboutButton } from './AboutButton.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';
import { studyMenuEntries } from './StudyMenu.tsx';
import { useCopyLink } from './ShareLinkButton.tsx';

/** One line of the phone menu: a label and what it does. More tools (lessons, review…) are one more entry each. */
export interface MenuEntry {
  readonly id: string;
  readonly label: string;
  readonly onSelect: () => void;
  /** shown as a toggle that is on */
  readonly pressed?: boolean;
  readonly disabled?: boolean;
}

/** The tools of the phone menu, in order. */
function useMenuEntries(): MenuEntry[] {
  const { t } = useStrings();
  // Only what the entries show: the menu is not redrawn for every camera move or hover.
  const s = useAtlasStore(
    useShallow((state) => ({
      modelStatus: state.modelStatus,
      webgl: state.webgl,
      drawer: state.drawer,
      setDrawer: state.setDrawer,
      legendOpen: state.legendOpen,
      setLegendOpen: state.setLegendOpen,
      startQuiz: state.startQuiz,
      mode: state.mode,
      setMode: state.setMode,
      studyPanel: state.studyPanel,
      setStudyPanel: state.setStudyPanel,
    })),
  );
  const ready = s.modelStatus.state === 'ready' && s.webgl === 'ok';
  const copyLink = useCopyLink();
  const toggleDrawer = (which: 'filters' | 'list') => s.setDrawer(s.drawer === which ? null : which);
  return [
    { id: 'filters', label: t.filters, pressed: s.drawer === 'filters', onSelect: () => toggleDrawer('filters') },
    { id: 'list', label: t.allPoints, pressed: s.drawer === 'list', onSelect: () => toggleDrawer('list') },
    { id: 'legend', label: t.legend, pressed: s.legendOpen, onSelect: () => s.setLegendOpen(!s.legendOpen) },
    { id: 'quiz-find', label: t.quizFindShort, disabled: !ready, onSelect: () => s.startQuiz('find') },
    { id: 'quiz-name', label: t.quizNameShort, disabled: !ready, onSelect: () => s.startQuiz('name') },
    { id: 'present', label: t.present, pressed: s.mode === 'present', onSelect: () => s.setMode(s.mode === 'present' ? 'explore' : 'present') },
    { id: 'share', label: t.copyLinkShort, onSelect: () => void copyLink() },
    ...studyMenuEntries.map((e) => ({
      id: `study-${e.panel}`,
      label: t[e.key],
      pressed: s.studyPanel === e.panel,
      onSelect: () => s.setStudyPanel(s.studyPanel === e.panel ? null : e.panel),
    })),
  ];
}

/** The phone's menu button and the menu it opens below the top bar: views, tools, body and language. */
export function PhoneMenu() {
  const { t } = useStrings();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  // Any button in the menu does its work and closes the menu; the two selects stay open while choosing.
  const closeAfter = (e: React.MouseEvent) => {
    if ((e.target as HTMLElement).closest('button')) setOpen(false);
  };

  return (
    <div className="phone-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="phone-menu__button"
        aria-label={t.menu}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '×' : '☰'}</span>
      </button>
      {open && <MenuPanel id={menuId} onClick={closeAfter} />}
    </div>
  );
}

/** The open menu (mounted only while open, so the closed menu follows no state). */
function MenuPanel({ id, onClick }: { id: string; onClick: (e: React.MouseEvent) => void }) {
  const { t } = useStrings();
  const entries = useMenuEntries();
  const requestView = useAtlasStore((s) => s.requestView);
  const resetView = useAtlasStore((s) => s.resetView);
  const has3d = useAtlasStore((s) => s.modelStatus.state === 'ready' && s.webgl === 'ok');
  return (
    <div className="phone-menu__panel" id={id} role="region" aria-label={t.menu} onClick={onClick}>
      <div className="phone-menu__views" role="group" aria-label={t.views}>
        {viewPresets.map((preset) => (
          <button key={preset} type="button" disabled={!has3d} onClick={() => requestView(preset)}>
            {t[`view_${preset}`]}
          </button>
        ))}
        <button type="button" disabled={!has3d} onClick={resetView}>
          {t.resetView}
        </button>
      </div>
      <ul className="phone-menu__entries" aria-label={t.menuTools}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <button type="button" disabled={entry.disabled} aria-pressed={entry.pressed} onClick={entry.onSelect}>
              {entry.label}
            </button>
          </li>
        ))}
      </ul>
      <div className="phone-menu__settings" role="group" aria-label={t.menuSettings}>
        <BodySelect />
        <LanguageSelect />
        <AboutButton />
      </div>
    </div>
  );
}
