/** The 3D stage's clear colour, drawn behind the body. */
export const stageBackground = '#1b2129';
