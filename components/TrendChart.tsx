import type { HistoryPoint } from '@/lib/engine/history-series';
import { translator, type Messages } from '@/lib/i18n';

const W = 300;
const H = 90;
const PAD = 22;

/**
 * One small chart per series (small multiples, so nothing depends on telling colours apart):
 * inline SVG with the line, square markers, the health line dashed and labelled, and the
 * values in the accessible name for screen readers.
 */
function Sparkline({ label, points, line, t }: { label: string; points: { day: string; value: number | null }[]; line: number; t: Messages }) {
  const known = points.filter((p): p is { day: string; value: number } => p.value !== null);
  const values = [...known.map((p) => p.value), line];
  const min = Math.max(0, Math.floor((Math.min(...values) - 0.1) * 10) / 10);
  const max = Math.min(5, Math.ceil((Math.max(...values) + 0.1) * 10) / 10);
  const x = (i: number) => PAD + (points.length <= 1 ? (W - 2 * PAD) / 2 : (i * (W - 2 * PAD)) / (points.length - 1));
  const y = (v: number) => H - PAD / 2 - ((v - min) / (max - min || 1)) * (H - PAD);
  const coords = points.map((p, i) => (p.value === null ? null : { x: x(i), y: y(p.value), day: p.day, value: p.value }));
  const path = coords.filter((c) => c !== null).map((c) => `${c.x.toFixed(1)},${c.y.toFixed(1)}`).join(' ');
  const tr = translator(t.lang);
  const summary = `${label}${t.trendOf(points.length)}${tr('punct.colon')}${known.map((p) => `${p.day.slice(5)} ${p.value.toFixed(2)}`).join(tr('punct.comma')) || t.noScore}`;
  return (
    <figure class="trend">
      <figcaption>{label}</figcaption>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${W} ${H}`} width={W} height={H}>
        <line x1={PAD} x2={W - PAD} y1={y(line)} y2={y(line)} class="trend__line" />
        <text x={W - PAD + 2} y={y(line) + 4} class="trend__linelabel">{line}</text>
        <polyline points={path} class="trend__path" data-points={known.length} />
        {coords.map((c) => c && (
          <g key={c.day}>
            <rect x={c.x - 3} y={c.y - 3} width={6} height={6} class={c.value < line ? 'trend__pt is-below' : 'trend__pt'} />
            <text x={c.x} y={c.y - 6} class="trend__val">{c.value.toFixed(2)}</text>
          </g>
        ))}
        <text x={PAD} y={H - 1} class="trend__day">{points[0]?.day.slice(5)}</text>
        {points.length > 1 && <text x={W - PAD} y={H - 1} class="trend__day" text-anchor="end">{points.at(-1)?.day.slice(5)}</text>}
      </svg>
    </figure>
  );
}

export function TrendCharts({ history, labels, line, t }: { history: HistoryPoint[]; labels: Map<string, string>; line: number; t: Messages }) {
  if (history.length === 0) return <p class="muted">{t.noHistory}</p>;
  const dimIds = [...new Set(history.flatMap((p) => Object.keys(p.dimensions)))];
  return (
    <div class="trends">
      <Sparkline label={t.overall} points={history.map((p) => ({ day: p.day, value: p.overall }))} line={line} t={t} />
      {dimIds.map((id) => (
        <Sparkline key={id} label={labels.get(id) ?? id} points={history.map((p) => ({ day: p.day, value: p.dimensions[id] ?? null }))} line={line} t={t} />
      ))}
    </div>
  );
}
