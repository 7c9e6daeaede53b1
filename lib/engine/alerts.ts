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

export function dropMessage(drops: readonly Drop[], line: number): { title: string; message: string } {
  return {
    title: '体验分维度跌破' + line,
    message: drops.map((d) => `${d.label}：${d.before.toFixed(2)} → ${d.after.toFixed(2)}`).join('\n') + '\n打开助手查看诊断和改进建议。',
  };
}
