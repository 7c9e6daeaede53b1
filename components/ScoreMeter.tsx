import type { Messages } from '@/lib/i18n';
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
 * A 0–5 score as role="meter": screen readers hear the name, the value and whether it is
 * above the line; sighted merchants see the bar, the number and a text tag (never colour alone).
 */
export function ScoreMeter({ label, value, line, estimated = false, t, size = 'small' }: Props) {
  const below = value !== null && value < line;
  const state = value === null ? t.noScore : below ? t.belowLine(line) : t.aboveLine(line);
  const pct = value === null ? 0 : Math.max(0, Math.min(100, (value / 5) * 100));
  const valueText = value === null ? `${label}：${t.noScore}` : `${t.points(formatScore(value))}，${state}${estimated ? `，${t.estimated}` : ''}`;
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
      <div class="meter__track" aria-hidden="true">
        <div class="meter__fill" style={{ width: `${pct}%` }} />
        <div class="meter__line" style={{ left: `${(line / 5) * 100}%` }} />
      </div>
      <div class="meter__state" aria-hidden="true">{below ? `▼ ${state}` : state}</div>
    </div>
  );
}
