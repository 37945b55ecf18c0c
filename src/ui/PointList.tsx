import { useMemo } from 'react';
import { pointIndex } from '../data/pointCatalogue.ts';
import { meridians } from '../data/meridians.ts';
import { useAtlasStore } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';

export type PointListProps = {
  /** heading shown above the list */
  title?: string;
};

/** Every point as a keyboard- and screen-reader-friendly list, grouped by meridian. Works without 3D. */
export function PointList({ title }: PointListProps) {
  const { t, labels, language } = useStrings();
  const selectPoint = useAtlasStore((s) => s.selectPoint);
  const focusPoint = useAtlasStore((s) => s.focusPoint);
  const open = (code: string) => {
    const chosen = selectPoint(code);
    if (chosen) focusPoint(chosen.code, chosen.side);
  };
  const selectedCode = useAtlasStore((s) => s.selectedCode);
  const groups = useMemo(
    () => meridians.map((m) => ({ meridian: m, points: pointIndex.filter((p) => p.meridian === m.code) })).filter((g) => g.points.length > 0),
    [],
  );
  return (
    <nav className="point-list" aria-label={title ?? t.pointList}>
      <h2>{title ?? t.pointList}</h2>
      {groups.map(({ meridian, points }) => (
        <section key={meridian.code} aria-label={labels.meridian[meridian.code]}>
          <h3>
            <span className="swatch" style={{ background: meridian.color }} aria-hidden="true" /> {labels.meridian[meridian.code]} ({points.length})
          </h3>
          <ul>
            {points.map((p) => (
              <li key={p.code}>
                <button type="button" aria-current={p.code === selectedCode ? 'true' : undefined} onClick={() => open(p.code)}>
                  <span className="point-list__code">{p.code}</span> {p.names.pinyin} <span lang="zh-Hans">{p.names.hanzi}</span>
                  {language === 'en' && <span className="point-list__english"> {p.names.english}</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
