import { translator, type Messages } from '@/lib/i18n';
import { formatScore } from '@/lib/format';

interface Props {
  label: string;
  value: number | null;
  line: number;
  estimated?: boolean;
  t: Messages;
  size?: 'large' | 'small';
}

/**
 * The part of 0–5 the bar shows: scores live between 4 and 5 and a tenth decides the line, so
 * the bar starts at 4.0 (or the half point below the lowest of value and line) and ends at 5.0.
 */
export function meterScale(value: number | null, line: number): { min: number; max: number } {
  const low = Math.min(value ?? line, line);
  return { min: Math.max(0, Math.min(4, Math.floor((low - 0.1) * 2) / 2)), max: 5 };
}

/** The gap to the line in words: 「比线低 0.19 分」 / "0.19 below the line". */
export function gapText(t: Messages, value: number, line: number): string {
  const tr = translator(t.lang);
  const gap = Math.round((value - line) * 100) / 100;
  if (gap === 0) return tr('glance.atLine');
  return tr(gap < 0 ? 'glance.gapBelow' : 'glance.gapAbove', { gap: Math.abs(gap).toFixed(2) });
}

/**
 * A score as role="meter": screen readers hear the name, the value, the line and the gap;
 * sighted merchants see the bar on a scale that shows tenths, the line marked and labelled,
 * the number and a text state (never colour alone).
 */
export function ScoreMeter({ label, value, line, estimated = false, t, size = 'small' }: Props) {
  const tr = translator(t.lang);
  const below = value !== null && value < line;
  const state = value === null ? t.noScore : below ? t.belowLine(line) : t.aboveLine(line);
  const gap = value === null ? '' : gapText(t, value, line);
  const { min, max } = meterScale(value, line);
  const at = (v: number) => Math.max(0, Math.min(100, ((v - min) / (max - min)) * 100));
  const pct = value === null ? 0 : at(value);
  const valueText = value === null ? t.noScoreFor(label) : t.meterText(t.points(formatScore(value)), gap, state, estimated);
  return (
    <div
      class={`meter meter--${size} ${below ? 'is-below' : value === null ? 'is-none' : 'is-ok'}`}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={5}
      aria-valuenow={value ?? undefined}
      aria-valuetext={valueText}
    >
      <div class="meter__head">
        <span class="meter__label">{label}</span>
        <span class="meter__value">
          {formatScore(value)}
          {estimated && <abbr class="tag tag--est" title={t.estimatedHint}>{t.estimated}</abbr>}
        </span>
      </div>
      <div class="meter__track" aria-hidden="true" title={tr('glance.scale', { min: min.toFixed(1), max: max.toFixed(1), line: line.toFixed(2) })}>
        <div class="meter__fill" style={{ width: `${pct}%` }} />
        <div class="meter__line" style={{ left: `${at(line)}%` }} />
      </div>
      <div class="meter__scale" aria-hidden="true">
        <span>{min.toFixed(1)}</span>
        <span class="meter__linelabel" style={{ left: `${at(line)}%` }}>{line.toFixed(2)}</span>
        <span>{max.toFixed(1)}</span>
      </div>
      <div class="meter__state" aria-hidden="true">{below ? `▼ ${state}` : state}{gap && ` · ${gap}`}</div>
    </div>
  );
}
