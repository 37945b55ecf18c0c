import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { safetyKinds } from '../data/enums.ts';
import { meridians } from '../data/meridians.ts';
import type { MeridianCode } from '../data/schema.ts';
import { pointFactsByCode, pointIndex, pointRecord } from '../data/pointCatalogue.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { formatAngle, formatDepth } from '../lib/formatPoint.ts';
import { useAtlasStore } from '../state/store.ts';
import { usePointTexts } from './usePointTexts.ts';
import { useLessons } from '../state/studyRecords.ts';

type Subject = 'point' | 'channel' | 'lesson';

/**
 * The body as drawn now, as an image (the canvas keeps its drawing buffer for this). It keeps the stage's dark
 * background: the channel colours and the white of a followed channel's markers need it to show in print.
 */
function snapshot(): string | null {
  const canvas = document.querySelector<HTMLCanvasElement>('.stage__canvas canvas');
  try {
    return canvas ? canvas.toDataURL('image/png') : null;
  } catch {
    return null;
  }
}

/** "Print a handout": a point, a channel or a lesson, printed with a view of the body, safety first for each point. */
export default function HandoutPanel() {
  const { t, labels, language } = useStrings();
  const selected = useAtlasStore((s) => s.selectedCode);
  const current = useAtlasStore((s) => s.channel);
  const lessons = useLessons((s) => s.lessons);
  const [subject, setSubject] = useState<Subject>(selected ? 'point' : 'channel');
  const [channel, setChannel] = useState<MeridianCode>(current ?? 'LU');
  const [lessonId, setLessonId] = useState<string>(lessons[0]?.id ?? '');
  const [image, setImage] = useState<string | null>(null);
  usePointTexts();

  const lesson = lessons.find((l) => l.id === lessonId);
  const codes: readonly string[] =
    subject === 'point'
      ? selected
        ? [selected]
        : []
      : subject === 'channel'
        ? pointIndex.filter((p) => p.meridian === channel).map((p) => p.code)
        : [...new Set(lesson?.steps.map((s) => s.code) ?? [])];
  const title =
    subject === 'point'
      ? (selected ?? '')
      : subject === 'channel'
        ? `${labels.meridian[channel]} ${channel !== 'EX' ? t.meridianSuffix : ''}`
        : (lesson?.title ?? '');

  const setSearchHighlights = useAtlasStore((s) => s.setSearchHighlights);
  const key = codes.join(',');
  useEffect(() => {
    if (subject === 'channel') useAtlasStore.getState().setChannel(channel);
    setSearchHighlights(subject === 'channel' ? [] : key ? key.split(',') : []);
  }, [subject, channel, key, setSearchHighlights]);
  useEffect(() => () => setSearchHighlights([]), [setSearchHighlights]);

  const print = () => {
    setImage(snapshot());
    // let React put the image in before the print dialog copies the page
    requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
  };

  return (
    <div className="handout-panel">
      <div className="study-actions" role="radiogroup" aria-label={t.menuHandout}>
        {(['point', 'channel', 'lesson'] as const).map((s) => (
          <button key={s} type="button" role="radio" aria-checked={subject === s} onClick={() => setSubject(s)}>
            {t[`handoutOf_${s}`]}
          </button>
        ))}
      </div>
      {subject === 'channel' && (
        <select className="study-filter" value={channel} onChange={(e) => setChannel(e.target.value as MeridianCode)} aria-label={t.handoutOf_channel}>
          {meridians.map((m) => (
            <option key={m.code} value={m.code}>
              {m.code} · {labels.meridian[m.code]}
            </option>
          ))}
        </select>
      )}
      {subject === 'lesson' && (
        <select className="study-filter" value={lessonId} onChange={(e) => setLessonId(e.target.value)} aria-label={t.handoutOf_lesson}>
          {lessons.map((l) => (
            <option key={l.id} value={l.id}>
              {l.title}
            </option>
          ))}
        </select>
      )}
      {subject === 'point' && !selected && <p className="muted">{t.handoutNeedsPoint}</p>}
      <div className="study-actions">
        <button type="button" className="primary" disabled={!codes.length} onClick={print}>
          {t.printHandout}
        </button>
      </div>
      {codes.length > 0 &&
        createPortal(
          <article className="handout" data-testid="handout" lang={language}>
            <h1>{title}</h1>
            {image && <img className="handout__view" src={image} alt={title} />}
            {codes.map((code) => {
              const f = pointFactsByCode.get(code);
              const p = pointRecord(code, language);
              if (!f) return null;
              const n = p?.needling;
              const safety = p ? [...p.safety].sort((a, b) => safetyKinds.indexOf(a.kind) - safetyKinds.indexOf(b.kind)) : [];
              return (
                <section key={code} className="handout__point">
                  <h2>
                    {code} {f.names.pinyin} <span lang="zh-Hans">{f.names.hanzi}</span> {language === 'en' ? f.names.english : ''}
                  </h2>
                  {safety.length > 0 && (
                    <ul className="handout__safety">
                      {safety.map((s) => (
                        <li key={s.kind}>
                          <strong>⚠ {labels.safety[s.kind]}:</strong> {s.reason}
                        </li>
                      ))}
                    </ul>
                  )}
                  {p && (
                    <dl>
                      <dt>{t.location}</dt>
                      <dd>{p.location}</dd>
                      <dt>{t.needleDepth}</dt>
                      <dd>{n?.allowed ? formatDepth(n.depthCun, t.cun) : t.needlingForbidden}</dd>
                      {n?.allowed && (
                        <>
                          <dt>{t.needleAngle}</dt>
                          <dd>{formatAngle(n, labels.angle[n.angle])}</dd>
                        </>
                      )}
                    </dl>
                  )}
                </section>
              );
            })}
            <footer>{t.handoutFooter}</footer>
          </article>,
          document.body,
        )}
    </div>
  );
}
