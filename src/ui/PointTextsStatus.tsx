import { useEffect, useState } from 'react';
import { loadPointTexts } from '../data/pointCatalogue.ts';
import { useAtlasStore } from '../state/store.ts';
import { PartError } from './LazyPart.tsx';
import { useStrings } from '../i18n/useStrings.ts';

export type PointTextsStatusProps = {
  /** the point whose details are awaited */
  code: string;
};

/** The panel while the point texts download; if they fail, a message and a Retry that downloads them again. */
export function PointTextsStatus({ code }: PointTextsStatusProps) {
  const { t } = useStrings();
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  const language = useAtlasStore((s) => s.language);
  useEffect(() => {
    let live = true;
    loadPointTexts(language)
      .then(() => useAtlasStore.getState().ensurePointTexts())
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [attempt, language]);
  return (
    <aside className="point-panel" aria-label={`${code} — point details`} aria-busy={!failed}>
      {failed ? (
        <PartError
          part="texts"
          onRetry={() => {
            setFailed(false);
            setAttempt((a) => a + 1);
          }}
        />
      ) : (
        <p className="point-panel__loading" role="status">
          {code} · {t.loadingDetails}
        </p>
      )}
    </aside>
  );
}
