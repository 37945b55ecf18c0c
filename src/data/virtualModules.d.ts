// The modules the build makes from the catalogue source and the Simplified Chinese strings (vite-plugins/).
// Ambient module declarations name their types with import(): a top-level import would turn this file into a module.
declare module 'virtual:atlas-point-index' {
  const facts: readonly import('./schema.ts').PointFacts[];
  export default facts;
}
declare module 'virtual:atlas-point-texts/*' {
  const texts: Readonly<Record<string, import('./textsSchema.ts').PointTexts>>;
  export default texts;
}
declare module 'virtual:atlas-strings/zh-Hant' {
  export const zhHant: import('../i18n/en.ts').Strings;
  export const zhHantLabels: import('../i18n/en.ts').Labels;
}
