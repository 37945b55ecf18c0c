import { useState } from 'react';
import { regions } from '../data/enums.ts';
import { meridians } from '../data/meridians.ts';
import { pointFactsByCode } from '../data/pointCatalogue.ts';
import type { MeridianCode, Region } from '../data/schema.ts';
import { fillTemplate } from '../i18n/messages.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { isDueToday, statsBy, type DeckStats } from '../lib/scheduler.ts';
import { useAtlasStore } from '../state/store.ts';
import { useCards, useLessons } from '../state/studyRecords.ts';
import type { DrillDeck, QuizKind } from '../state/types.ts';

type DeckKind = DrillDeck['kind'];
const deckKinds: readonly DeckKind[] = ['channel', 'region', 'lesson', 'favourites', 'missed'];
const channelCodes = meridians.map((m) => m.code);

/** Review (what is due today), drills by deck, and progress per channel with a small chart. Loaded on demand. */
export default function ReviewPanel() {
  const { t, labels } = useStrings();
  const cards = useCards((s) => s.cards);
  const lessons = useLessons((s) => s.lessons);
  const startReview = useAtlasStore((s) => s.startReview);
  const startDrill = useAtlasStore((s) => s.startDrill);
  const deckCodes = useAtlasStore((s) => s.deckCodes);
  const ready = useAtlasStore((s) => s.modelStatus.state === 'ready' && s.webgl === 'ok');
  const selectedChannel = useAtlasStore((s) => s.channel ?? (s.selectedCode ? pointFactsByCode.get(s.selectedCode)?.meridian : undefined));
  const [kind, setKind] = useState<DeckKind>('channel');
  const [channel, setChannel] = useState<MeridianCode>(selectedChannel ?? 'ST');
  const [missedChannel, setMissedChannel] = useState<MeridianCode | ''>('');
  const [region, setRegion] = useState<Region>('leg');
  const [lessonId, setLessonId] = useState(lessons[0]?.id ?? '');
  // Read afresh on every render: what is due depends on the clock as well as on the cards.
  const now = new Date();
  const all = Object.values(cards);
  const due = (d: QuizKind) => all.filter((c) => c.direction === d && isDueToday(c, now)).length;
  const deck: DrillDeck =
    kind === 'channel'
      ? { kind, channel }
      : kind === 'region'
        ? { kind, region }
        : kind === 'lesson'
          ? { kind, lessonId }
          : kind === 'missed'
            ? missedChannel
              ? { kind, channel: missedChannel }
              : { kind }
            : { kind };
  const size = deckCodes(deck).length;
  const stats = statsBy(all, (code) => pointFactsByCode.get(code)?.meridian ?? '', now, channelCodes);
  const close = () => useAtlasStore.getState().setStudyPanel(null);
  const go = (started: boolean) => started && close();

  return (
    <div className="review">
      <h3>{t.dueToday}</h3>
      <div className="study-actions">
        <button type="button" className="primary" disabled={!ready || !due('find')} onClick={() => go(startReview('find'))}>
          {fillTemplate(t.reviewFind, { count: due('find') })}
        </button>
        <button type="button" className="primary" disabled={!ready || !due('name')} onClick={() => go(startReview('name'))}>
          {fillTemplate(t.reviewName, { count: due('name') })}
        </button>
      </div>
      {!due('find') && !due('name') && <p className="muted">{t.nothingDue}</p>}

      <h3>{t.drillDeck}</h3>
      <label className="field-label">
        {t.deck}
        <select value={kind} onChange={(e) => setKind(e.target.value as DeckKind)}>
          {deckKinds.map((k) => (
            <option key={k} value={k}>
              {t[`deck_${k}`]}
            </option>
          ))}
        </select>
      </label>
      {(kind === 'channel' || kind === 'missed') && (
        <label className="field-label">
          {t.meridian}
          <select
            value={kind === 'channel' ? channel : missedChannel}
            onChange={(e) => (kind === 'channel' ? setChannel(e.target.value as MeridianCode) : setMissedChannel(e.target.value as MeridianCode | ''))}
          >
            {kind === 'missed' && <option value="">{t.allPoints}</option>}
            {channelCodes.map((c) => (
              <option key={c} value={c}>
                {c} {labels.meridian[c]}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'region' && (
        <label className="field-label">
          {t.byRegion}
          <select value={region} onChange={(e) => setRegion(e.target.value as Region)}>
            {regions.map((r) => (
              <option key={r} value={r}>
                {labels.region[r]}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'lesson' && (
        <label className="field-label">
          {t.deck_lesson}
          <select value={lessonId} onChange={(e) => setLessonId(e.target.value)}>
            {lessons.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title || t.lessonUntitled}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="study-actions">
        <button type="button" disabled={!ready || !size} onClick={() => go(startDrill(deck, 'find'))}>
          {t.drillFind} ({size})
        </button>
        <button type="button" disabled={!ready || !size} onClick={() => go(startDrill(deck, 'name'))}>
          {t.drillName} ({size})
        </button>
      </div>

      <h3>{t.statsTitle}</h3>
      <StatsChart stats={stats} />
      <table className="stats-table">
        <thead>
          <tr>
            <th scope="col">{t.meridian}</th>
            <th scope="col">{t.statsDue}</th>
            <th scope="col">{t.statsLearned}</th>
            <th scope="col">{t.statsAccuracy}</th>
            <th scope="col">{t.statsMeanError}</th>
          </tr>
        </thead>
        <tbody>
          {[...stats]
            .filter(([, s]) => s.cards > 0)
            .map(([code, s]) => (
              <tr key={code}>
                <th scope="row">{code}</th>
                <td>{s.due}</td>
                <td>{s.learned}</td>
                <td>{s.accuracy === null ? '—' : `${Math.round(s.accuracy * 100)} %`}</td>
                <td>{s.meanErrorCun === null ? '—' : `${s.meanErrorCun.toFixed(2)} ${t.cun}`}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}

/** Per channel: cards learned (solid) and due (striped outline), as small bars; legible in black and white. */
function StatsChart({ stats }: { stats: ReadonlyMap<string, DeckStats> }) {
  const { t } = useStrings();
  const rows = [...stats];
  const max = Math.max(1, ...rows.map(([, s]) => s.cards));
  const w = 340;
  const bar = (w - 40) / rows.length;
  return (
    <svg className="stats-chart" viewBox={`0 0 ${w} 120`} role="img" aria-label={t.statsChartLabel}>
      {rows.map(([code, s], i) => {
        const x = 30 + i * bar;
        const hCards = (s.cards / max) * 90;
        const hLearned = (s.learned / max) * 90;
        const hDue = (s.due / max) * 90;
        return (
          <g key={code}>
            <rect x={x + 2} y={100 - hCards} width={bar - 4} height={hCards} fill="none" stroke="#888" />
            <rect x={x + 2} y={100 - hLearned} width={bar - 4} height={hLearned} fill="#2f6fdb" />
            {hDue > 0 && <rect x={x + 2} y={100 - hDue} width={(bar - 4) / 2} height={hDue} fill="#b3261e" />}
            <text x={x + bar / 2} y={114} fontSize="8" textAnchor="middle">
              {code}
            </text>
          </g>
        );
      })}
      <text x={4} y={12} fontSize="9">
        {max}
      </text>
      <line x1={28} y1={100} x2={w - 8} y2={100} stroke="#444" />
    </svg>
  );
}
