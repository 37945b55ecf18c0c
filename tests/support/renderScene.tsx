import type { ReactNode } from 'react';
import * as THREE from 'three';
import type { Object3D, Scene } from 'three';
import { act, createRoot, extend } from '@react-three/fiber';

// <Canvas> registers three's classes; a bare root must do it itself.
extend(THREE as never);
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * Renders R3F children without a browser or WebGL, for component tests: fiber's own root on a happy-dom canvas with
 * a renderer that draws nothing (frames never run). @react-three/test-renderer 11 expects fiber 8's synchronous
 * `configure` and fails on fiber 9, so this is the same idea in a few lines.
 */
export async function renderScene(element: ReactNode) {
  const canvas = document.createElement('canvas');
  const renderer = {
    domElement: canvas,
    render: () => {},
    setSize: () => {},
    setPixelRatio: () => {},
    getPixelRatio: () => 1,
    dispose: () => {},
    shadowMap: { enabled: false, type: 0 },
    info: { render: { frame: 0 } },
  };
  const root = createRoot(canvas);
  await root.configure({ frameloop: 'never', gl: renderer as never, size: { width: 800, height: 600, top: 0, left: 0 } });
  let scene: Scene | undefined;
  await act(async () => {
    scene = root.render(element).getState().scene;
  });
  const objects = () => {
    const found: Object3D[] = [];
    scene!.traverse((o) => found.push(o));
    return found;
  };
  return {
    scene: scene!,
    /** every object in the scene named so */
    byName: (name: string) => objects().filter((o) => o.name === name),
    /** Calls an object's R3F handler (onClick, onPointerMove…) with a made-up event, as a pointer would. */
    fire: async (object: Object3D, handler: string, event: Record<string, unknown>) => {
      const props = (object as unknown as { __r3f?: { props: Record<string, unknown> } }).__r3f?.props ?? {};
      const fn = props[handler];
      if (typeof fn !== 'function') throw new Error(`${object.name} has no ${handler}`);
      await act(async () => {
        fn({ stopPropagation: () => {}, ...event });
      });
    },
    unmount: async () => {
      await act(async () => root.unmount());
    },
  };
}
