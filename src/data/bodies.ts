/** The generated bodies the atlas can show (their names are in the strings, `labels.body`). Every point is placed on each by its rules; nothing is stored per body. */
export const bodies = [
  { id: 'male', glb: 'models/body.glb', landmarks: 'models/body.landmarks.json' },
  { id: 'female', glb: 'models/body-female.glb', landmarks: 'models/body-female.landmarks.json' },
] as const;

export type BodyId = (typeof bodies)[number]['id'];
export const defaultBodyId: BodyId = 'male';
export const isBodyId = (s: string): s is BodyId => bodies.some((b) => b.id === s);
