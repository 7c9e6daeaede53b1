import { translator, type Lang } from '../i18n';
import type { Assessment } from './assessment-schema';

export interface Drop { id: string; label: string; before: number; after: number }

/** Dimensions that were at or above the line in the previous reading and are below it now. */
export function droppedBelowLine(previous: Assessment | null, current: Assessment): Drop[] {
  if (!previous || previous.shopKey !== current.shopKey) return [];
  const line = current.healthLine;
  return current.dimensions.flatMap((d) => {
    const before = previous.dimensions.find((p) => p.id === d.id)?.value ?? null;
    return before !== null && d.value !== null && before >= line && d.value < line ? [{ id: d.id, label: d.label, before, after: d.value }] : [];
  });
}

export function dropMessage(drops: readonly Drop[], line: number, lang: Lang = 'zh'): { title: string; message: string } {
  const tr = translator(lang);
  return {
    title: tr('notify.dropTitle', { line }),
    message: [...drops.map((d) => tr('notify.dropLine', { label: d.label, before: d.before.toFixed(2), after: d.after.toFixed(2) })), tr('notify.dropFooter')].join('\n'),
  };
}
