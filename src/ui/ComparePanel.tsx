import { useState } from 'react';
import { safetyKinds } from '../data/enums.ts';
import { pointFactsByCode, pointRecord } from '../data/pointCatalogue.ts';
import { fillTemplate } from '../i18n/messages.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { bodyAssetsFor } from '../lib/bodyAssetCache.ts';
import { compareColours, compareDifferences, confusablePairs } from '../lib/compare.ts';
import { placeCompared } from '../lib/comparePlacement.ts';
import { formatAngle, formatDepth } from '../lib/formatPoint.ts';
import { useAtlasStore } from '../state/store.ts';
import { usePointTexts } from './usePointTexts.ts';

/**
 * Two or three points side by side (stacked on a phone), each in its own colour as on the body, their differences
 * picked out, and the distance between them, straight and over the skin.
 */
export default function ComparePanel() {
  const { t, labels, language } = useStrings();
  const codes = useAtlasStore((s) => s.compared);
  const add = useAtlasStore((s) => s.addCompared);
  const remove = useAtlasStore((s) => s.removeCompared);
  const set = useAtlasStore((s) => s.setCompared);
  const clear = useAtlasStore((s) => s.clearCompared);
  const selected = useAtlasStore((s) => s.selectedCode);
  const bodyId = useAtlasStore((s) => s.bodyId);
  const ready = useAtlasStore((s) => s.modelStatus.state === 'ready');
  const [entry, setEntry] = useState('');
  usePointTexts();

  const submit = () => {
    const code = entry.trim().toUpperCase();
    if (pointFactsByCode.has(code)) {
      add(code);
      setEntry('');
    }
  };
  const open = (code: string) => {
    const s = useAtlasStore.getState();
    const chosen = s.selectPoint(code);
    if (chosen) s.focusPoint(chosen.code, chosen.side);
  };
  const facts = codes.map((c) => pointFactsByCode.get(c)).filter((p) => p !== undefined);
  const diff = facts.length > 1 ? compareDifferences(facts) : null;
  const assets = ready ? bodyAssetsFor(bodyId) : undefined;
  const placement = assets && codes.length > 1 ? placeCompared(assets, codes) : null;
  const formatCun = (value: number | null | undefined) =>
    value !== null && value !== undefined && Number.isFinite(value) ? fillTemplate(t.distanceCun, { value: value.toFixed(1) }) : '—';
  const mark = (differs: boolean | undefined) => (differs ? ' compare__cell--differs' : '');

  return (
    <div className="compare">
      <form
        className="study-actions"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <input className="study-filter compare__entry" value={entry} onChange={(e) => setEntry(e.target.value)} placeholder="LU7" aria-label={t.compareAdd} />
        <button type="submit">{t.compareAdd}</button>
        <button type="button" disabled={!selected || codes.includes(selected)} onClick={() => selected && add(selected)}>
          {t.compareAddSelected}
        </button>
        {codes.length > 0 && (
          <button type="button" onClick={clear}>
            {t.compareClear}
          </button>
        )}
      </form>
      <h3>{t.compareSuggestions}</h3>
      <div className="study-actions">
        {confusablePairs.map(([a, b]) => (
          <button key={a + b} type="button" onClick={() => set([a, b])}>
            {a} / {b}
          </button>
        ))}
      </div>
      {codes.length > 1 && (
        <div className="compare__distance" data-testid="compare-distance">
          {placement ? (
            <>
              <ul>
                {placement.distances.map((d) => (
                  <li key={d.code}>
                    <strong>
                      {codes[0]}–{d.code}
                    </strong>
                    : {t.straightDistance} {formatCun(d.straightCun)} · {t.surfaceDistance}{' '}
                    <span data-testid="surface-distance">{formatCun(d.surfaceCun)}</span>
                    {d.surfaceCun === null && <span className="muted"> ({t.surfaceDistanceNone})</span>}
                  </li>
                ))}
              </ul>
              {placement.measure && <p className="muted">{fillTemplate(t.cunOf, { segment: labels.segment[placement.measure] ?? placement.measure })}</p>}
            </>
          ) : (
            <p className="muted">{t.compareNeedsBody}</p>
          )}
        </div>
      )}
      <div className="compare__grid" data-testid="compare-grid">
        {codes.map((code, index) => {
          const p = pointRecord(code, language);
          const f = pointFactsByCode.get(code);
          if (!f) return null;
          const n = p?.needling;
          const safety = p ? [...p.safety].sort((a, b) => safetyKinds.indexOf(a.kind) - safetyKinds.indexOf(b.kind)) : [];
          return (
            <article key={code} className="compare__column" aria-label={code} style={{ borderTopColor: compareColours[index] }}>
              <header>
                <span className="compare__swatch" style={{ background: compareColours[index] }} aria-hidden="true" />
                <button type="button" className="compare__title" onClick={() => open(code)}>
                  <strong>{code}</strong> {f.names.pinyin} <span lang="zh-Hans">{f.names.hanzi}</span>
                </button>
                <button type="button" className="icon-button" aria-label={fillTemplate(t.compareRemove, { code })} onClick={() => remove(code)}>
                  ×
                </button>
              </header>
              {p && (
                <dl>
                  <dt className={'compare__cell' + mark(diff?.safety)}>
                    {t.safety}
                    {diff?.safety && <em> · {t.differs}</em>}
                  </dt>
                  <dd className={'compare__cell' + mark(diff?.safety)}>
                    {safety.length ? safety.map((s) => <div key={s.kind}>⚠ {labels.safety[s.kind]}</div>) : '—'}
                  </dd>
                  <dt>{t.location}</dt>
                  <dd>{p.location}</dd>
                  <dt className={'compare__cell' + mark(diff?.depth)}>
                    {t.needleDepth}
                    {diff?.depth && <em> · {t.differs}</em>}
                  </dt>
                  <dd className={'compare__cell' + mark(diff?.depth)} data-testid="compare-depth">
                    {n?.allowed ? formatDepth(n.depthCun, t.cun) : t.needlingForbidden}
                  </dd>
                  <dt className={'compare__cell' + mark(diff?.angle)}>
                    {t.needleAngle}
                    {diff?.angle && <em> · {t.differs}</em>}
                  </dt>
                  <dd className={'compare__cell' + mark(diff?.angle)}>{n?.allowed ? formatAngle(n, labels.angle[n.angle]) : '—'}</dd>
                  <dt>{t.actions}</dt>
                  <dd>{p.actions.join('; ')}</dd>
                </dl>
              )}
            </article>
          );
        })}
      </div>
    </div>
  );
}
