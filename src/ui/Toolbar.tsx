import { useAtlasStore, viewPresets } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';

export type ToolbarProps = {
  /** extra controls placed at the end (search, modes) */
  children?: React.ReactNode;
};

/** The top bar: preset views, reset, and the app's other controls. */
export function Toolbar({ children }: ToolbarProps) {
  const { t } = useStrings();
  const requestView = useAtlasStore((s) => s.requestView);
  const resetView = useAtlasStore((s) => s.resetView);
  const has3d = useAtlasStore((s) => s.modelStatus.state === 'ready' && s.webgl === 'ok');
  return (
    <header className="toolbar">
      <h1 className="toolbar__title">{t.appName}</h1>
      <div className="toolbar__group" role="group" aria-label={t.views}>
        {viewPresets.map((preset) => (
          <button key={preset} type="button" onClick={() => requestView(preset)} disabled={!has3d}>
            {t[`view_${preset}`]}
          </button>
        ))}
        <button type="button" onClick={resetView} disabled={!has3d}>
          {t.resetView}
        </button>
      </div>
      {children}
    </header>
  );
}
