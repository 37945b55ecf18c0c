declare module 'virtual:atlas-point-index' {
  const summaries: readonly import('./pointSplit.ts').PointSummary[];
  export default summaries;
}
declare module 'virtual:atlas-point-texts' {
  const texts: Readonly<Record<string, import('./pointSplit.ts').PointTexts>>;
  export default texts;
}
