import { useAtlasStore } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { fillTemplate } from '../i18n/messages.ts';

export type ModelStatusProps = {
  /** in the flow above the point list (list mode) rather than floating over the canvas */
  inline?: boolean;
};

/** Loading screen over the canvas, and the model / WebGL failure messages with Retry. */
export function ModelStatus({ inline = false }: ModelStatusProps) {
  const { t, say } = useStrings();
  const status = useAtlasStore((s) => s.modelStatus);
  const webgl = useAtlasStore((s) => s.webgl);
  const retryModel = useAtlasStore((s) => s.retryModel);
  const progress = useAtlasStore((s) => s.bodyProgress);
  const kb = (bytes: number) => fillTemplate(t.kilobytes, { value: Math.round(bytes / 1024) });
  if (webgl === 'unavailable')
    return (
      <div className={`model-status model-status--error${inline ? ' model-status--inline' : ''}`} role="alert">
        {t.noWebgl}
      </div>
    );
  if (webgl === 'lost')
    return (
      <div className={`model-status model-status--error${inline ? ' model-status--inline' : ''}`} role="alert">
        {t.contextLost}
      </div>
    );
  if (status.state === 'loading')
    return (
      <div className="model-status" role="status" aria-live="polite">
        <div className="spinner" aria-hidden="true" />
        {progress ? (
          <>
            {progress.total
              ? fillTemplate(t.loadingBodyBytes, { loaded: kb(progress.loaded), total: kb(progress.total) })
              : fillTemplate(t.loadingBodyBytesUnknown, { loaded: kb(progress.loaded) })}
            <progress className="model-status__progress" value={progress.loaded} {...(progress.total ? { max: progress.total } : {})} />
          </>
        ) : (
          t.loadingBody
        )}
      </div>
    );
  if (status.state === 'error')
    return (
      <div className={`model-status model-status--error${inline ? ' model-status--inline' : ''}`} role="alert">
        <p>
          <strong>{t.modelErrorTitle}</strong> {say({ kind: 'error', code: status.code, ...(status.params ? { params: status.params } : {}) })}
        </p>
        <p>{t.modelErrorHelp}</p>
        <button type="button" onClick={retryModel}>
          {t.retry}
        </button>
      </div>
    );
  return null;
}
