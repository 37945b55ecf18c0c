import { useMemo } from 'react';
import { safetyKinds, severeSafetyKinds, therapyKeys } from '../data/enums.ts';
import { meridianByCode } from '../data/meridians.ts';
import { pointRecord } from '../data/pointCatalogue.ts';
import type { PointRecord } from '../data/pointRecord.ts';
import { fillTemplate } from '../i18n/messages.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { formatAngle, formatDepth, paragraphs } from '../lib/formatPoint.ts';
import { useAtlasStore } from '../state/store.ts';
import { AddToCompare } from './AddToCompare.tsx';
import { NotesBox } from './NotesBox.tsx';
import { PointTextsStatus } from './PointTextsStatus.tsx';
import { StepBar } from './StepBar.tsx';

const severe = new Set<string>(severeSafetyKinds);

/** The side panel with everything the atlas knows about the selected point. */
export function PointPanel() {
  const code = useAtlasStore((s) => s.selectedCode);
  const side = useAtlasStore((s) => s.selectedSide);
  const language = useAtlasStore((s) => s.language);
  // Re-read when a language's texts arrive.
  useAtlasStore((s) => s.loadedTextLanguages);
  if (!code) return null;
  const point = pointRecord(code, language);
  if (!point) return <PointTextsStatus code={code} />;
  // Keyed by code: a newly opened point starts at the top of the panel, not where the last one was scrolled.
  return <PointDetails key={point.code} point={point} side={side} />;
}

function PointDetails({ point, side }: { point: PointRecord; side: 'left' | 'right' | 'midline' | null }) {
  const { t, labels } = useStrings();
  const selectPoint = useAtlasStore((s) => s.selectPoint);
  const clearSelection = useAtlasStore((s) => s.clearSelection);
  const meridian = meridianByCode.get(point.meridian);
  // Most serious first, so a forbidden needling or a pregnancy warning is what the eye meets first.
  const safety = useMemo(() => [...point.safety].sort((a, b) => safetyKinds.indexOf(a.kind) - safetyKinds.indexOf(b.kind)), [point]);
  const n = point.needling;

  return (
    <aside className="point-panel" aria-label={`${point.code} ${point.names.pinyin} — point details`} data-testid="point-panel">
      <header className="point-panel__header">
        <StepBar code={point.code} meridian={point.meridian} />
        <div className="point-panel__idrow">
          <p className="point-panel__code" style={{ borderColor: meridian?.color }}>
            {point.code}
          </p>
          {point.laterality === 'bilateral' && (
            <div className="side-switch" role="group" aria-label={t.side}>
              {(['left', 'right'] as const).map((s) => (
                <button key={s} type="button" aria-pressed={side === s} onClick={() => selectPoint(point.code, { side: s })}>
                  {t[`side_${s}`]}
                </button>
              ))}
            </div>
          )}
          <button type="button" className="icon-button point-panel__close" onClick={clearSelection} aria-label={t.closePanel}>
            ×
          </button>
        </div>
        <h2 className="point-panel__title">
          {point.names.pinyin} <span lang="zh-Hans">{point.names.hanzi}</span>
        </h2>
        {point.language === 'en' && <p className="point-panel__english">{point.names.english}</p>}
      </header>

      {/* The essentials a phone's bottom sheet shows at its peek: safety, then depth and angle. */}
      <div className="point-panel__summary" data-sheet-peek="end">
        {safety.length > 0 ? (
          <section className="safety" aria-labelledby="safety-heading">
            <h3 id="safety-heading">⚠ {t.safety}</h3>
            <ul>
              {safety.map((s) => (
                <li key={s.kind} className={severe.has(s.kind) ? 'safety__item safety__item--severe' : 'safety__item'}>
                  <strong>{labels.safety[s.kind]}:</strong> {s.reason}
                </li>
              ))}
            </ul>
          </section>
        ) : (
          <p className="safety-none">{t.noSafetyFlag}</p>
        )}

        {n.allowed ? (
          <dl className="needling">
            <div>
              <dt>{t.needleDepth}</dt>
              <dd data-testid="needle-depth">{formatDepth(n.depthCun, t.cun)}</dd>
            </div>
            <div>
              <dt>{t.needleAngle}</dt>
              <dd data-testid="needle-angle">{formatAngle(n, labels.angle[n.angle])}</dd>
            </div>
            <div>
              <dt>{t.depthCategory}</dt>
              <dd>{labels.depthCategory[n.depthCategory]}</dd>
            </div>
          </dl>
        ) : (
          <section className="forbidden" role="note" aria-label={t.needlingForbidden}>
            <h3>⛔ {t.needlingForbidden}</h3>
            <p>{n.reason}</p>
            <p>
              <strong>{t.instead}:</strong> {n.instead}
            </p>
          </section>
        )}
      </div>

      <div className="point-panel__body">
        <p className="point-panel__meridian">
          <span className="swatch" style={{ background: meridian?.color }} aria-hidden="true" />
          {labels.meridian[point.meridian]} {point.meridian !== 'EX' ? t.meridianSuffix : ''}
        </p>
        <ul className="chips" aria-label={t.classification}>
          {point.fivePhase && <li className="chip">{labels.fivePhase[point.fivePhase]}</li>}
          {point.transporting && <li className="chip">{labels.transporting[point.transporting]}</li>}
          {point.classifications.map((c) => (
            <li className="chip" key={c.kind + (c.detail ?? '')}>
              {labels.classification[c.kind]}
            </li>
          ))}
        </ul>
        <AddToCompare code={point.code} />
        <Field title={t.bodyArea}>{point.area}</Field>
        <Field title={t.location}>
          <p>{point.location}</p>
          {point.convention && <p className="muted">{fillTemplate(t.convention, { value: point.convention })}</p>}
        </Field>
        {point.alternative && <Field title={t.alternativeLocation}>{point.alternative.description}</Field>}
        <Field title={t.howToLocate}>{point.howToLocate}</Field>
        <Field title={t.actions}>
          <ul>
            {point.actions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </Field>
        {point.indications.length > 0 && (
          <Field title={t.indications}>
            <ul>
              {point.indications.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </Field>
        )}
        <Field title={t.commentary}>
          {paragraphs(point.commentary).map((p) => (
            <p key={p.slice(0, 40)}>{p}</p>
          ))}
        </Field>
        {point.classicalSources.length > 0 && (
          <Field title={t.classicalSources}>
            <ul>
              {point.classicalSources.map((s) => (
                <li key={s.work}>
                  <cite>{s.work}</cite> — {s.note}
                </li>
              ))}
            </ul>
          </Field>
        )}
        <Field title={t.cautions}>{point.cautions}</Field>
        {n.allowed && <Field title={t.needlingDirections}>{n.directions}</Field>}
        <Field title={t.sensation}>{point.sensation}</Field>
        <Field title={t.therapies}>
          <dl className="therapies">
            {therapyKeys.map((k) => (
              <div key={k} className={`therapy therapy--${point.therapies[k].rating}`}>
                <dt>{t[k]}</dt>
                <dd>
                  {labels.rating[point.therapies[k].rating]}
                  {point.therapies[k].note ? ` — ${point.therapies[k].note}` : ''}
                </dd>
              </div>
            ))}
          </dl>
        </Field>
        {(point.fivePhase || point.transporting || point.motherChild) && (
          <Field title={t.fivePhaseAndTransporting}>
            <dl className="facts">
              {point.fivePhase && (
                <div>
                  <dt>{t.fivePhase}</dt>
                  <dd>{labels.fivePhase[point.fivePhase]}</dd>
                </div>
              )}
              {point.transporting && (
                <div>
                  <dt>{t.transporting}</dt>
                  <dd>{labels.transporting[point.transporting]}</dd>
                </div>
              )}
              {point.motherChild && (
                <div>
                  <dt>{t.motherChild}</dt>
                  <dd>{labels.motherChild[point.motherChild]}</dd>
                </div>
              )}
            </dl>
          </Field>
        )}
        {point.classifications.length > 0 && (
          <Field title={t.specialClassifications}>
            <ul>
              {point.classifications.map((c) => (
                <li key={c.kind + (c.detail ?? '')}>
                  <strong>{labels.classification[c.kind]}</strong>
                  {c.detail ? ` — ${c.detail}` : ''}
                </li>
              ))}
            </ul>
          </Field>
        )}
        <NotesBox code={point.code} />
      </div>
    </aside>
  );
}

function Field({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="field">
      <h3>{title}</h3>
      <div className="field__content">{children}</div>
    </section>
  );
}
