import { useMemo } from 'react';
import { catalogue } from '../data/atlasCatalogue.ts';
import { meridians } from '../data/meridians.ts';
import { useAtlasStore } from '../state/store.ts';
import { useStrings } from './useStrings.ts';

export type PointListProps = {
  /** heading shown above the list */
  title?: string;
};

/** Every point as a keyboard- and screen-reader-friendly list, grouped by meridian. Works without 3D. */
export function PointList({ title }: PointListProps) {
  const { t } = useStrings();
  const selectPoint = useAtlasStore((s) => s.selectPoint);
  const selectedCode = useAtlasStore((s) => s.selectedCode);
  const groups = useMemo(
    () => meridians.map((m) => ({ meridian: m, points: catalogue.filter((p) => p.meridian === m.code) })).filter((g) => g.points.length > 0),
    [],
  );
  return (
    <nav className="point-list" aria-label={title ?? t.pointList}>
      <h2>{title ?? t.pointList}</h2>
      {groups.map(({ meridian, points }) => (
        <section key={meridian.code} aria-label={meridian.english}>
          <h3>
            <span className="swatch" style={{ background: meridian.color }} aria-hidden="true" /> {meridian.english} ({points.length})
          </h3>
          <ul>
            {points.map((p) => (
              <li key={p.code}>
                <button type="button" aria-current={p.code === selectedCode ? 'true' : undefined} onClick={() => selectPoint(p.code, { source: 'list' })}>
                  <span className="point-list__code">{p.code}</span> {p.names.pinyin} <span lang="zh-Hans">{p.names.hanzi}</span>
                  <span className="point-list__english"> {p.names.english}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
