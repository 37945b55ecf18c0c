import { useMemo, useRef } from 'react';
import { Line } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import type { Line2 } from 'three-stdlib';
import type { MarkerSide } from '../anatomy/resolvePoint.ts';
import type { BodyAssets } from '../lib/bodyAssetCache.ts';
import { channelLineFor } from '../lib/bodyAssets.ts';
import { meridians } from '../data/meridians.ts';
import type { MeridianCode } from '../data/schema.ts';
import { useAtlasStore } from '../state/store.ts';

export type MeridianPathsProps = {
  /** the loaded body the lines are traced on */
  assets: BodyAssets;
  /** line width in CSS pixels */
  width?: number;
};

const channels = meridians.filter((m) => m.isChannel);

/** The channels as coloured lines over the skin; a moving dash shows the direction of flow (LU1 → LU11 …). */
export function MeridianPaths({ assets, width = 2.5 }: MeridianPathsProps) {
  const show = useAtlasStore((s) => s.showMeridians);
  const followed = useAtlasStore((s) => s.channel);
  const meridianFilter = useAtlasStore((s) => s.filters.meridians);
  const playing = useAtlasStore((s) => s.flowPlaying);
  const lines = useRef<(Line2 | null)[]>([]);

  const shown = useMemo(() => {
    const wanted: MeridianCode[] = followed
      ? followed === 'EX'
        ? []
        : [followed]
      : show
        ? channels.map((c) => c.code).filter((c) => meridianFilter.length === 0 || meridianFilter.includes(c))
        : [];
    return wanted.flatMap((code) => {
      const sides: MarkerSide[] = code === 'GV' || code === 'CV' ? ['midline'] : ['left', 'right'];
      const color = channels.find((c) => c.code === code)?.color ?? '#fff';
      return sides.map((side) => ({ key: `${code}-${side}`, color, line: channelLineFor(assets, code, side) }));
    });
  }, [assets, show, followed, meridianFilter]);

  useFrame((state, delta) => {
    if (!playing || shown.length === 0) return;
    for (const l of lines.current) if (l) l.material.dashOffset -= delta * 0.04;
    state.invalidate(); // keep drawing only while the flow animates
  });

  return (
    <group name="meridian-paths">
      {shown.map(({ key, color, line }, i) =>
        line.points.length > 1 ? (
          <Line
            key={key}
            ref={(l) => {
              lines.current[i] = l as Line2 | null;
            }}
            points={line.points as [number, number, number][]}
            color={color}
            lineWidth={width}
            dashed
            dashSize={0.02}
            gapSize={0.008}
            depthTest
            transparent
            opacity={0.95}
          />
        ) : null,
      )}
    </group>
  );
}
