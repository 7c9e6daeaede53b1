import { describe, expect, it } from 'vitest';
import { bonusOf, distanceTo, gapsFor } from '@/lib/engine/new-merchant';
import { NEW_MERCHANT_RULES } from '@/lib/rules/new-merchant';
import type { TaskState } from '@/lib/pages/new-merchant-reading';

const done = (group: 'basic' | 'advanced' | null, n: number, state: TaskState | null = 'done') => Array.from({ length: n }, () => ({ group, state }));

describe('bonusOf: +0.06 a task, two per group', () => {
  it('gives +0.06 for each completed task', () => {
    const b = bonusOf([...done('basic', 1), ...done('advanced', 1)]);
    expect(b.earned).toBe(0.12);
    expect(b.open).toBe(0.12);
  });

  it('adds nothing for a third completed task in a group', () => {
    const two = bonusOf(done('advanced', 2));
    const three = bonusOf(done('advanced', 3));
    expect(three.earned).toBe(two.earned);
    expect(three.earned).toBe(0.12);
    const adv = three.groups.find((g) => g.group === 'advanced')!;
    expect(adv).toMatchObject({ done: 3, counted: 2, slotsLeft: 0, earned: 0.12, open: 0 });
  });

  it('tops out at +0.24 overall, with nothing left open', () => {
    const b = bonusOf([...done('basic', 4), ...done('advanced', 6)]);
    expect(b.earned).toBe(0.24);
    expect(b.max).toBe(0.24);
    expect(b.open).toBe(0);
  });

  it('prints round figures (three tasks are 0.18, not 0.18000000000000002)', () => {
    const b = bonusOf([...done('basic', 2), ...done('advanced', 1)]);
    expect(b.earned).toBe(0.18);
    expect(b.open).toBe(0.06);
  });

  it('counts only completed tasks, and none it cannot place in a group', () => {
    const b = bonusOf([...done('basic', 2, 'in-progress'), ...done('advanced', 1, 'not-started'), ...done('basic', 1, null), ...done(null, 2)]);
    expect(b.earned).toBe(0);
    expect(b.ungroupedDone).toBe(2);
  });
});

describe('distanceTo and gapsFor: how far each line is', () => {
  const lines = NEW_MERCHANT_RULES.thresholds;

  it('uses the lines 4.40, 4.64 and 4.8', () => {
    expect(lines.map((l) => l.score)).toEqual([4.4, 4.64, 4.8]);
    expect(lines[0]!.unlocks).toEqual(['新商专属活动', '快分销']);
  });

  it('gives the points still missing to each line', () => {
    expect(distanceTo(4.28, 4.4)).toBe(0.12);
    expect(distanceTo(4.28, 4.64)).toBe(0.36);
    expect(distanceTo(4.28, 4.8)).toBe(0.52);
  });

  it('gives 0 once a line is reached, and null when the score is unknown', () => {
    expect(distanceTo(4.4, 4.4)).toBe(0);
    expect(distanceTo(4.9, 4.8)).toBe(0);
    expect(distanceTo(null, 4.4)).toBeNull();
  });

  it('says whether the open task bonus can close each gap', () => {
    const gaps = gapsFor(4.28, 0.12, lines);
    expect(gaps.map((g) => [g.id, g.distance, g.reached, g.closableByTasks])).toEqual([
      ['activity', 0.12, false, true], // exactly covered: 0.12 open for 0.12 missing
      ['target', 0.36, false, false],
      ['stretch', 0.52, false, false],
    ]);
    expect(gapsFor(4.28, 0.06, lines)[0]!.closableByTasks).toBe(false);
    expect(gapsFor(4.5, 0, lines)[0]).toMatchObject({ reached: true, closableByTasks: true, distance: 0 });
  });

  it('claims nothing when the score is unknown', () => {
    for (const g of gapsFor(null, 0.24, lines)) expect(g).toMatchObject({ distance: null, reached: null, closableByTasks: null });
  });
});
