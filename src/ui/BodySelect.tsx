import { bodies, type BodyId } from '../data/bodies.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { useAtlasStore } from '../state/store.ts';

/** Chooses the body the points are placed on. */
export function BodySelect() {
  const { t, labels } = useStrings();
  const bodyId = useAtlasStore((s) => s.bodyId);
  const loadBody = useAtlasStore((s) => s.loadBody);
  return (
    <label className="toolbar__select">
      <span className="visually-hidden">{t.body}</span>
      <select value={bodyId} onChange={(e) => void loadBody(e.target.value as BodyId)} aria-label={t.body}>
        {bodies.map((b) => (
          <option key={b.id} value={b.id}>
            {labels.body[b.id]}
          </option>
        ))}
      </select>
    </label>
  );
}
