import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLandmarksFile } from '../../src/anatomy/landmarks.ts';
import { allStoredLandmarkNames } from '../../src/anatomy/landmarkNames.ts';

const file = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/models/body.landmarks.json'), 'utf8'));

describe('landmarks file', () => {
  it('accepts the generated body and has every landmark the rules use', () => {
    const set = parseLandmarksFile(file);
    expect([...set.entries()].length).toBeGreaterThanOrEqual(allStoredLandmarkNames.length);
    expect(set.isMirrorSymmetric()).toBe(true);
  });
  it.each([
    ['not an object', 'oops', /not a JSON object/],
    ['wrong axes', { ...file, up: '+Z' }, /"up" must be "\+Y"/],
    ['no height', { ...file, height: -1 }, /height/],
    ['bad landmark', { ...file, landmarks: { ...file.landmarks, vertex: { p: [0, 'a', 0], n: [0, 1, 0] } } }, /vertex/],
    ['missing landmarks', { ...file, landmarks: { vertex: file.landmarks.vertex } }, /lacks \d+ landmarks/],
  ])('refuses %s with a reason', (_what, json, reason) => {
    expect(() => parseLandmarksFile(json)).toThrow(reason);
  });
});
