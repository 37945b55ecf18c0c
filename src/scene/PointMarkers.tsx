import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Color, IcosahedronGeometry, OctahedronGeometry, Matrix4, MeshBasicMaterial, Quaternion, Vector3, type InstancedMesh, type Mesh } from 'three';
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { Html } from '@react-three/drei';
import { markerIdFor } from '../anatomy/markerIds.ts';
import type { ResolvedPoint } from '../anatomy/resolvePoint.ts';
import { meridianByCode } from '../data/meridians.ts';
import { pointFactsByCode } from '../data/pointCatalogue.ts';
import { fillTemplate } from '../i18n/messages.ts';
import { compareColours } from '../lib/compare.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { selectComparedShown, selectVisibleMarkers } from '../state/selectors.ts';
import { useAtlasStore } from '../state/store.ts';
import type { PickDecision } from '../lib/screenPick.ts';
import { screenPickedEvents, useScreenPicking } from './useScreenPicking.ts';
import { markerCentre } from './markerVisibility.ts';

export type PointMarkersProps = {
  /** on-screen radius of a marker, as a fraction of the camera distance */
  sizeFactor?: number;
  /** smallest world radius in metres, so close-ups do not shrink markers to nothing */
  minRadius?: number;
};

// Scratch objects, allocated once.
const matrix = new Matrix4();
const quaternion = new Quaternion();
const scale = new Vector3();
const position = new Vector3();
const color = new Color();
const white = new Color('#ffffff');
const highlight = new Color('#ffe14d');
const defaultTarget = new Vector3(0, 1, 0);

/** Marker radius (metres) below which the camera is close enough for round markers. */
const nearRadius = 0.005;

/** Every shown point as one instanced draw; picking by instanceId. */
export function PointMarkers({ sizeFactor = 0.0038, minRadius = 0.0018 }: PointMarkersProps) {
  const markers = useAtlasStore(selectVisibleMarkers);
  const selectedCode = useAtlasStore((s) => s.selectedCode);
  const selectedSide = useAtlasStore((s) => s.selectedSide);
  const selectPoint = useAtlasStore((s) => s.selectPoint);
  const openPick = useAtlasStore((s) => s.openPick);
  const closePick = useAtlasStore((s) => s.closePick);
  const pickHighlight = useAtlasStore((s) => s.pickHighlight);
  const mode = useAtlasStore((s) => s.mode);
  // The points the search box matches: brighter and larger.
  const searchHighlights = useAtlasStore((s) => s.searchHighlights);
  // The compared points, while the Compare panel is open: each in its own colour, the rest dimmed.
  const compared = useAtlasStore(selectComparedShown);
  const lit = useMemo(() => new Set(compared.length ? compared : searchHighlights), [compared, searchHighlights]);
  const comparedColour = useMemo(() => new Map(compared.map((code, i) => [code, new Color(compareColours[i] ?? '#ffffff')])), [compared]);
  const { t } = useStrings();
  const mesh = useRef<InstancedMesh>(null);
  // Hover lives in a ref: changing it repaints two instances and the tooltip, not all 834 markers through React.
  const hovered = useRef<number | null>(null);
  const tooltip = useRef<MarkerTooltipHandle>(null);
  const radius = useRef(0);
  const rings = useRef(new Map<string, Mesh>());
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as { target?: Vector3 } | null;
  const invalidate = useThree((s) => s.invalidate);
  // Level of detail: 8-triangle markers for the whole-body view (hundreds on screen, a few pixels each: software
  // renderers pay per triangle), 80-triangle spheres close up, where a marker is large enough to look faceted.
  const farGeometry = useMemo(() => new OctahedronGeometry(1, 0), []);
  const nearGeometry = useMemo(() => new IcosahedronGeometry(1, 1), []);
  const material = useMemo(() => new MeshBasicMaterial({ toneMapped: false }), []);
  const selectedId = selectedCode ? markerIdFor(selectedCode, selectedSide) : null;

  const layout = (r: number) => {
    const m = mesh.current;
    if (!m) return;
    radius.current = r;
    markers.forEach((marker, i) => {
      const isSelected = marker.id === selectedId;
      const isPair = !isSelected && marker.code === selectedCode;
      const isPointed = i === hovered.current || marker.id === pickHighlight;
      const s = r * (isSelected ? 1.7 : marker.id === pickHighlight ? 2 : isPair ? 1.25 : isPointed ? 1.4 : lit.has(marker.code) ? 1.6 : 1);
      matrix.compose(markerCentre(marker, s, position), quaternion, scale.setScalar(s));
      m.setMatrixAt(i, matrix);
    });
    m.instanceMatrix.needsUpdate = true;
    m.computeBoundingSphere();
    // The alternative-location rings follow the markers' size, so close up they stay marker-sized.
    for (const alt of alternatives) {
      const ring = rings.current.get(alt.id);
      if (!ring) continue;
      markerCentre(alt, r, ring.position);
      ring.scale.setScalar(r * 1.2);
    }
  };

  const currentRadius = () => {
    const target = controls?.target ?? defaultTarget;
    return Math.max(minRadius, camera.position.distanceTo(target) * sizeFactor);
  };

  const paint = (m: InstancedMesh, i: number) => {
    const marker = markers[i];
    if (!marker) return;
    const meridian = pointFactsByCode.get(marker.code)?.meridian;
    color.set(meridianByCode.get(meridian ?? 'EX')?.color ?? '#ffffff');
    const ownColour = comparedColour.get(marker.code);
    if (ownColour) color.copy(ownColour);
    if (marker.id === selectedId) color.copy(ownColour ?? highlight);
    else if (marker.code === selectedCode) color.lerp(highlight, 0.5);
    else if (i === hovered.current || marker.id === pickHighlight) color.lerp(white, 0.6);
    else if (lit.has(marker.code)) color.lerp(white, 0.45);
    else if (lit.size) color.multiplyScalar(0.3);
    m.setColorAt(i, color);
  };

  // Repaint and re-lay out every marker when what they show changes (hover repaints its two markers itself).
  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    markers.forEach((_, i) => paint(m, i));
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    layout(currentRadius());
    invalidate();
    // paint and layout read only these, and the refs
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [markers, selectedId, selectedCode, pickHighlight, lit, comparedColour]);

  const setHovered = (index: number | null) => {
    const m = mesh.current;
    const previous = hovered.current;
    if (!m || index === previous) return;
    hovered.current = index;
    for (const i of [previous, index]) if (i !== null) paint(m, i);
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    layout(radius.current || currentRadius());
    tooltip.current?.show(index !== null ? (markers[index] ?? null) : null);
    invalidate();
  };

  const select = (marker: ResolvedPoint) => selectPoint(marker.code, marker.side === 'midline' ? {} : { side: marker.side });
  const onPick = (decision: PickDecision, at: { x: number; y: number }) => {
    if (decision.kind === 'none') return closePick();
    if (decision.kind === 'one') {
      const marker = markers[decision.index];
      closePick();
      // A click on the body selects without moving the camera: the point is already in view.
      if (marker) select(marker);
      return;
    }
    const candidates = decision.indices.flatMap((i) => {
      const m = markers[i];
      return m ? [{ markerId: m.id, code: m.code, side: m.side }] : [];
    });
    openPick({ candidates, at });
  };
  useScreenPicking({
    markers,
    centreOf: (m, target) => markerCentre(m, radius.current || currentRadius(), target),
    radius: () => radius.current || currentRadius(),
    onHover: setHovered,
    onPick,
    enabled: mode !== 'quiz',
  });

  // Markers keep a steady size on screen: re-lay them out only when the zoom changes noticeably.
  useFrame(() => {
    const r = currentRadius();
    if (Math.abs(r - radius.current) / radius.current > 0.04) layout(r);
    const m = mesh.current;
    const wanted = r > nearRadius ? farGeometry : nearGeometry;
    if (m && m.geometry !== wanted) m.geometry = wanted;
  });

  useEffect(
    () => () => {
      farGeometry.dispose();
      nearGeometry.dispose();
    },
    [farGeometry, nearGeometry],
  );

  // The WHO alternative location of a disputed point (LI19, LI20, PC8, PC9, GB30, GV26), shown while it is selected.
  const allMarkers = useAtlasStore((s) => s.markers);
  const alternatives = useMemo(
    () => allMarkers.filter((m) => m.alternative && m.code === selectedCode && (m.side === selectedSide || m.side === 'midline')),
    [allMarkers, selectedCode, selectedSide],
  );
  return (
    <>
      <instancedMesh
        key={markers.length}
        ref={mesh}
        name="point-markers"
        args={[farGeometry, material, Math.max(markers.length, 1)]}
        count={markers.length}
        // Hover is the screen-space picker's (nearest visible marker); the mesh only keeps events from the body.
        onPointerMove={(e: ThreeEvent<PointerEvent>) => e.stopPropagation()}
        onClick={(e: ThreeEvent<MouseEvent>) => {
          e.stopPropagation();
          if (mode === 'quiz') return; // a quiz marker is shown, not chosen
          // On the page the screen-space picker has already answered this click; elsewhere the instance decides.
          if (screenPickedEvents.has(e.nativeEvent)) return;
          const marker = e.instanceId !== undefined ? markers[e.instanceId] : undefined;
          if (marker) select(marker);
        }}
      />
      {alternatives.map((m) => (
        <group key={m.id}>
          <mesh
            ref={(ring) => {
              if (ring) rings.current.set(m.id, ring);
              else rings.current.delete(m.id);
            }}
            position={markerCentre(m, radius.current || minRadius, new Vector3())}
            quaternion={new Quaternion().setFromUnitVectors(new Vector3(0, 0, 1), new Vector3(...m.normal))}
            scale={(radius.current || minRadius) * 1.2}
            name="alternative-location"
          >
            <torusGeometry args={[1, 0.28, 8, 24]} />
            <meshBasicMaterial color="#ffe14d" toneMapped={false} />
          </mesh>
          <Html position={m.position as [number, number, number]} style={{ pointerEvents: 'none' }} zIndexRange={[18, 8]}>
            <div className="marker-label marker-label--alt">{fillTemplate(t.alternativeTag, { code: m.code })}</div>
          </Html>
        </group>
      ))}
      {/* Present mode's labels: PresentLabels (placed around the needle and ruler labels, the lesson's points first). */}
      <MarkerTooltip ref={tooltip} />
    </>
  );
}

interface MarkerTooltipHandle {
  show: (marker: ResolvedPoint | null) => void;
}

/** The hovered marker's code and name; set imperatively so hovering re-renders only this label. */
const MarkerTooltip = forwardRef<MarkerTooltipHandle>(function MarkerTooltip(_, ref) {
  const [marker, setMarker] = useState<ResolvedPoint | null>(null);
  useImperativeHandle(ref, () => ({ show: setMarker }), []);
  if (!marker) return null;
  return (
    <Html position={marker.position} style={{ pointerEvents: 'none' }} zIndexRange={[20, 10]}>
      <div className="marker-label" role="tooltip" data-marker-id={marker.id}>
        {marker.code}
        {marker.member ? `-${marker.member}` : ''} {pointFactsByCode.get(marker.code)?.names.pinyin}
      </div>
    </Html>
  );
});
