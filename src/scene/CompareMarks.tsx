import { useMemo } from 'react';
import { Html, Line } from '@react-three/drei';
import type { BodyAssets } from '../lib/bodyAssetCache.ts';
import { compareColours } from '../lib/compare.ts';
import { placeCompared } from '../lib/comparePlacement.ts';
import { selectComparedShown } from '../state/selectors.ts';
import { useAtlasStore } from '../state/store.ts';

export type CompareMarksProps = {
  /** the loaded body, whose skin the paths follow */
  assets: BodyAssets;
};

/**
 * While points are compared: a label with each one's code in its colour, and the path over the skin from the
 * first to each of the others, drawn in the other point's colour. The markers themselves are coloured by
 * PointMarkers; the distances are the Compare panel's (one measurement, shared).
 */
export function CompareMarks({ assets }: CompareMarksProps) {
  const codes = useAtlasStore(selectComparedShown);
  const placement = useMemo(() => (codes.length ? placeCompared(assets, codes) : null), [assets, codes]);
  if (!placement) return null;
  return (
    <>
      {placement.distances.map((d) => {
        const index = codes.indexOf(d.code);
        return d.path ? (
          <Line
            key={`path-${d.code}`}
            name="compare-path"
            points={d.path}
            color={compareColours[index] ?? '#ffffff'}
            lineWidth={2.5}
            dashed
            dashSize={0.006}
            gapSize={0.004}
            renderOrder={4}
          />
        ) : null;
      })}
      {/* Below the panels (the Compare panel itself covers the legs on a phone), unlike the hover tooltip. */}
      {codes.map((code, i) => {
        const position = placement.positions[i];
        return position ? (
          <Html key={code} position={position} style={{ pointerEvents: 'none' }} zIndexRange={[4, 1]}>
            <div className="marker-label marker-label--compare" style={{ borderColor: compareColours[i] }} data-compare-label={code}>
              <span className="marker-label__swatch" style={{ background: compareColours[i] }} aria-hidden="true" />
              {code}
            </div>
          </Html>
        ) : null;
      })}
    </>
  );
}
