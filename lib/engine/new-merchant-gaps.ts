import type { ThresholdLine } from '../rules/new-merchant';
import { round2 } from './new-merchant-bonus';

/** Points still missing to reach a line: 0 once reached, null when the score is unknown. */
export function distanceTo(score: number | null, line: number): number | null {
  if (score === null || !Number.isFinite(score)) return null;
  return round2(Math.max(0, line - score));
}

export interface Gap {
  id: ThresholdLine['id'];
  line: number;
  label: string;
  unlocks: string[];
  distance: number | null;
  reached: boolean | null;
  /** Can the task bonus still open close the gap? null when the score is unknown. */
  closableByTasks: boolean | null;
}

/**
 * Distance to each line and whether the open task bonus covers it. The score the page shows
 * already includes the bonus earned so far, so only the open part can still be added.
 */
export function gapsFor(score: number | null, openBonus: number, lines: readonly ThresholdLine[]): Gap[] {
  return lines.map((l) => {
    const distance = distanceTo(score, l.score);
    return {
      id: l.id, line: l.score, label: l.label, unlocks: [...l.unlocks], distance,
      reached: distance === null ? null : distance === 0,
      // Compared in hundredths: both are multiples of 0.01 and floats are not.
      closableByTasks: distance === null ? null : Math.round(distance * 100) <= Math.round(openBonus * 100),
    };
  });
}
