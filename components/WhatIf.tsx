import { useState } from 'preact/hooks';
import type { Assessment } from '@/lib/engine/assessment-schema';
import { goodNeeded, whatIf, type WeightRules } from '@/lib/engine/what-if';
import { formatScore } from '@/lib/format';
import { translator, type Messages } from '@/lib/i18n';

/** Parses a form field; '' and garbage are null so the result says "enter a number", never computes on junk. */
function num(v: string): number | null {
  const n = Number(v.trim().replace(/[,，%％]/g, ''));
  return v.trim() === '' || !Number.isFinite(n) ? null : n;
}

function RateCalculator({ t }: { t: Messages }) {
  const [good, setGood] = useState('0');
  const [total, setTotal] = useState('1');
  const [target, setTarget] = useState('80');
  const g = num(good);
  const n = num(total);
  const tt = num(target);
  let result: string;
  if (g === null || n === null || tt === null) result = t.enterNumbers;
  else if (!Number.isInteger(g) || !Number.isInteger(n) || g < 0 || n < 0 || g > n) result = t.badCounts;
  else if (tt <= 0 || tt > 100) result = t.badTarget;
  else {
    const x = goodNeeded(g, n, tt / 100);
    result = x === null ? t.unreachable : x === 0 ? t.alreadyMet : t.needGood(x);
  }
  return (
    <fieldset class="calc">
      <legend>{t.rateCalcTitle}</legend>
      <label>{t.goodCount}<input inputMode="numeric" value={good} onInput={(e) => setGood(e.currentTarget.value)} /></label>
      <label>{t.totalCount}<input inputMode="numeric" value={total} onInput={(e) => setTotal(e.currentTarget.value)} /></label>
      <label>{t.targetRate}<input inputMode="decimal" value={target} onInput={(e) => setTarget(e.currentTarget.value)} /></label>
      <output role="status" aria-live="polite">{result}</output>
    </fieldset>
  );
}

function ScoreCalculator({ a, rules, t }: { a: Assessment; rules: WeightRules; t: Messages }) {
  const scored = a.indicators.filter((i) => i.dimensionId);
  const [id, setId] = useState(scored.find((i) => i.belowLine)?.id ?? scored[0]?.id ?? '');
  const [score, setScore] = useState(String(a.healthLine));
  const s = num(score);
  const r = s !== null && s >= 0 && s <= 5 ? whatIf(a, rules, id, s) : null;
  if (scored.length === 0) return null;
  return (
    <fieldset class="calc">
      <legend>{t.scoreCalcTitle}</legend>
      <label>{t.indicator}
        <select value={id} onChange={(e) => setId(e.currentTarget.value)}>
          {scored.map((i) => <option key={i.id} value={i.id}>{i.label}{translator(t.lang)('punct.paren', { x: formatScore(i.score) })}</option>)}
        </select>
      </label>
      <label>{t.newScore}<input inputMode="decimal" value={score} onInput={(e) => setScore(e.currentTarget.value)} /></label>
      <output role="status" aria-live="polite">
        {r ? t.whatIfResult(formatScore(r.dimensionBefore), formatScore(r.dimensionAfter), formatScore(r.overallBefore), formatScore(r.overallAfter)) : t.badScore}
      </output>
      <p class="muted">{t.whatIfNote}</p>
    </fieldset>
  );
}

export function WhatIf({ a, rules, t }: { a: Assessment; rules: WeightRules; t: Messages }) {
  return (
    <>
      <RateCalculator t={t} />
      <ScoreCalculator a={a} rules={rules} t={t} />
    </>
  );
}
