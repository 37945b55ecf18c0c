// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BoxGeometry } from 'three';
import type { ResolvedPoint } from '../../src/anatomy/resolvePoint.ts';
import type { BodyAssets } from '../../src/lib/bodyAssetCache.ts';
import { pointFactsByCode } from '../../src/data/pointCatalogue.ts';
import { Body } from '../../src/scene/Body.tsx';
import { NeedleGuide } from '../../src/scene/NeedleGuide.tsx';
import { PointMarkers } from '../../src/scene/PointMarkers.tsx';
import { resetAtlasStore, useAtlasStore } from '../../src/state/store.ts';
import { renderScene } from '../support/renderScene.tsx';

const marker = (code: string, side: ResolvedPoint['side'], x: number): ResolvedPoint => ({
  id: side === 'midline' ? code : `${code}-${side === 'left' ? 'L' : 'R'}`,
  code,
  side,
  position: [x, 1, 0.1],
  normal: [0, 0, 1],
});

const markers = [marker('ST36', 'left', 0.1), marker('KI1', 'left', 0.2), marker('GV26', 'midline', 0)];

/** Just enough of a loaded body for the components that take one; the resolver is never reached in these tests. */
const fakeAssets = { bodyId: 'male', geometry: new BoxGeometry(0.3, 1.7, 0.2), skinColor: '#e2b99a', markers } as unknown as BodyAssets;

beforeEach(() => {
  resetAtlasStore();
  useAtlasStore.setState({ markers, modelStatus: { state: 'ready', resolveMs: 1 } });
});
afterEach(() => vi.restoreAllMocks());

describe('the scene, rendered without a browser', () => {
  it('a click on a marker instance selects that point by instanceId', async () => {
    const renderer = await renderScene(<PointMarkers />);
    const mesh = renderer.byName('point-markers')[0]!;
    const stopPropagation = vi.fn();
    await renderer.fire(mesh, 'onClick', { instanceId: 1, stopPropagation, nativeEvent: new Event('click') });
    expect(stopPropagation).toHaveBeenCalled();
    expect(useAtlasStore.getState().selectedCode).toBe('KI1');
    expect(useAtlasStore.getState().selectedSide).toBe('left');
    await renderer.fire(mesh, 'onClick', { instanceId: 2, stopPropagation, nativeEvent: new Event('click') });
    expect(useAtlasStore.getState().selectedCode).toBe('GV26');
    expect(useAtlasStore.getState().selectedSide).toBe('midline');
    await renderer.unmount();
  });

  it('a marker click selects nothing during a quiz (the marker is shown, not chosen)', async () => {
    useAtlasStore.setState({ mode: 'quiz' });
    const renderer = await renderScene(<PointMarkers />);
    const mesh = renderer.byName('point-markers')[0]!;
    await renderer.fire(mesh, 'onClick', { instanceId: 0, stopPropagation: vi.fn(), nativeEvent: new Event('click') });
    expect(useAtlasStore.getState().selectedCode).toBeNull();
    await renderer.unmount();
  });

  it('the body swallows pointer events, so markers behind it are neither hovered nor clicked', async () => {
    const onSkinClick = vi.fn();
    const renderer = await renderScene(
      <>
        <Body assets={fakeAssets} onSkinClick={onSkinClick} />
        <PointMarkers />
      </>,
    );
    const body = renderer.byName('body')[0]!;
    for (const handler of ['onPointerMove', 'onPointerOver', 'onPointerDown'] as const) {
      const stopPropagation = vi.fn();
      await renderer.fire(body, handler, { stopPropagation });
      expect(stopPropagation, handler).toHaveBeenCalled();
    }
    const stopPropagation = vi.fn();
    await renderer.fire(body, 'onClick', { stopPropagation, point: { x: 0.1, y: 1, z: 0.1 } });
    expect(stopPropagation).toHaveBeenCalled();
    expect(onSkinClick).toHaveBeenCalledWith([0.1, 1, 0.1]);
    expect(useAtlasStore.getState().selectedCode).toBeNull();
    await renderer.unmount();
  });

  it('draws no needle for CV8, where needling is forbidden', async () => {
    expect(pointFactsByCode.get('CV8')?.needling.allowed).toBe(false);
    useAtlasStore.setState({ selectedCode: 'CV8', selectedSide: 'midline', showNeedle: true });
    const renderer = await renderScene(<NeedleGuide assets={fakeAssets} />);
    expect(renderer.byName('needle-guide')).toHaveLength(0);
    expect(renderer.scene.children).toHaveLength(0);
    await renderer.unmount();
  });
});
