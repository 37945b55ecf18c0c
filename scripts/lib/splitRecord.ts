import type { PointRecord } from '../../src/data/schema.ts';
import type { PointTextsInput } from '../../src/data/textsSchema.ts';

/** One-off: the words of an old combined record, in the texts shape. */
export function textsOfRecord(p: PointRecord): PointTextsInput {
  const therapyNotes: Record<string, string> = {};
  for (const [k, v] of Object.entries(p.therapies)) if (v.note) therapyNotes[k] = v.note;
  const classificationNotes: Record<string, string> = {};
  for (const c of p.classifications) if (c.detail) classificationNotes[c.kind] = c.detail;
  const texts: PointTextsInput = {
    area: p.area,
    location: p.location,
    ...(p.convention ? { convention: p.convention } : {}),
    howToLocate: p.howToLocate,
    ...(p.alternative ? { alternative: p.alternative.description } : {}),
    needling: p.needling.allowed ? { directions: p.needling.directions } : { reason: p.needling.reason, instead: p.needling.instead },
    sensation: p.sensation,
    safety: Object.fromEntries(p.safety.map((s) => [s.kind, s.reason])),
    cautions: p.cautions,
    actions: p.actions,
    indications: p.indications,
    commentary: p.commentary,
    classicalSources: p.classicalSources,
    therapyNotes,
    classificationNotes,
    ...(p.members ? { memberLabels: Object.fromEntries(p.members.map((m) => [m.key, m.label])) } : {}),
  };
  return texts;
}
