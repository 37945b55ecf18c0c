import { useMemo } from 'react';
import { Quaternion, Vector3 } from 'three';
import { Html } from '@react-three/drei';
import { needleDirection } from '../anatomy/needle.ts';
import type { Vec3 } from '../anatomy/landmarks.ts';
import { pointFactsByCode } from '../data/pointCatalogue.ts';
import { useStrings } from '../i18n/useStrings.ts';
import type { BodyAssets } from '../lib/bodyAssetCache.ts';
import { formatDepth } from '../lib/formatPoint.ts';
import { markerIdFor } from '../anatomy/markerIds.ts';
import { useAtlasStore } from '../state/store.ts';
import { useFacesCamera } from './useFacesCamera.ts';

export type NeedleGuideProps = {
  /** the loaded body; depth in cun is scaled by the cun of the point's own measuring segment */
  assets: BodyAssets;
  /** length of the handle and shaft left outside the skin, in metres */
  outside?: number;
};

const up = new Vector3(0, 1, 0);

/**
 * A needle at the selected point, at its angle and aimed as the catalogue says. The part under the skin is drawn
 * through the body: the depth range (min to max) as a bright band, so a student sees how deep and which way.
 * Nothing is drawn where needling is forbidden.
 */
export function NeedleGuide({ assets, outside = 0.035 }: NeedleGuideProps) {
  const code = useAtlasStore((s) => s.selectedCode);
  const side = useAtlasStore((s) => s.selectedSide);
  const show = useAtlasStore((s) => s.showNeedle);
  // Presenting, the point labels own the space around the point; depth and angle are in the panel.
  const presenting = useAtlasStore((s) => s.mode === 'present');
  const { t } = useStrings();

  const needle = useMemo(() => {
    const point = code ? pointFactsByCode.get(code) : undefined;
    if (!point || !side || !point.needling.allowed || !point.placement) return null;
    const marker = assets.markers.find((m) => m.id === markerIdFor(point.code, side));
    if (!marker) return null;
    const n = point.needling;
    const trace = assets.resolver.traceOf(point.code, side);
    let aim: Vec3 | null = null;
    if (n.aim && 'dir' in n.aim) aim = assets.resolver.directionVector(n.aim.dir, side, trace.measure);
    else if (n.aim && 'toward' in n.aim) {
      const target = assets.resolver.referencePosition(n.aim.toward, side);
      aim = [target[0] - marker.position[0], target[1] - marker.position[1], target[2] - marker.position[2]];
    }
    const dir = new Vector3(...needleDirection(marker.normal, n.angleDegrees, aim));
    const entry = new Vector3(...marker.position);
    const minDepth = n.depthCun.min * trace.cunLength;
    const maxDepth = n.depthCun.max * trace.cunLength;
    const rotation = new Quaternion().setFromUnitVectors(up, dir.clone().negate());
    return { entry, normal: new Vector3(...marker.normal), dir, minDepth, maxDepth, rotation, depth: n.depthCun, degrees: n.angleDegrees };
  }, [assets, code, side]);
  // The part under the skin is drawn through the body, so it is shown only while the entry faces the camera:
  // a chest point's needle must not appear over the spine in the Back view.
  const facing = useFacesCamera(needle ? { position: needle.entry, normal: needle.normal } : null, assets.skin?.bvh);

  if (!show || !needle) return null;
  const { entry, dir, minDepth, maxDepth, rotation } = needle;
  const label = `${formatDepth(needle.depth, t.cun)} · ${needle.degrees}°`;
  const at = (d: number) => entry.clone().addScaledVector(dir, d);
  const shaftOut = at(-outside / 2);
  const handle = at(-outside - 0.008);
  const inserted = at(maxDepth / 2);
  const band = at((minDepth + maxDepth) / 2);
  return (
    <group name="needle-guide">
      <mesh position={shaftOut} quaternion={rotation}>
        <cylinderGeometry args={[0.0006, 0.0006, outside, 8]} />
        <meshStandardMaterial color="#d8dde3" metalness={0.8} roughness={0.25} />
      </mesh>
      <mesh position={handle} quaternion={rotation}>
        <cylinderGeometry args={[0.0016, 0.0016, 0.016, 12]} />
        <meshStandardMaterial color="#b08a3c" metalness={0.5} roughness={0.4} />
      </mesh>
      <group visible={facing}>
        <mesh position={inserted} quaternion={rotation} renderOrder={10}>
          <cylinderGeometry args={[0.0005, 0.0005, maxDepth, 8]} />
          <meshBasicMaterial color="#ffffff" depthTest={false} transparent opacity={0.6} />
        </mesh>
        <mesh position={band} quaternion={rotation} renderOrder={11}>
          <cylinderGeometry args={[0.0013, 0.0013, Math.max(maxDepth - minDepth, 0.0008), 10]} />
          <meshBasicMaterial color="#3be37a" depthTest={false} transparent opacity={0.85} />
        </mesh>
      </group>
      {facing && !presenting && (
        <Html position={handle} style={{ pointerEvents: 'none' }} zIndexRange={[15, 5]}>
          <div className="needle-label">{label}</div>
        </Html>
      )}
    </group>
  );
}
