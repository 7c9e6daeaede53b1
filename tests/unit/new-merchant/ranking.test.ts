import { describe, expect, it } from 'vitest';
import { bonusOf, rankNextTasks, resolveTasks } from '@/lib/engine/new-merchant';
import type { NewMerchantTaskReading, TaskState } from '@/lib/pages/new-merchant-reading';

function task(id: string, group: 'basic' | 'advanced' | null, state: TaskState | null, label = id): NewMerchantTaskReading {
  return { id, label, group, state, progress: null, raw: null };
}

/** The ten tasks of the demo page, nothing done yet. */
function allOpen(): NewMerchantTaskReading[] {
  return [
    task('original-video', 'basic', 'not-started'),
    task('shelf-task', 'basic', 'not-started'),
    task('publish-10-products', 'basic', 'not-started'),
    task('distribution-plans', 'basic', 'not-started'),
    task('live-hours', 'advanced', 'not-started'),
    task('live-room-10-products', 'advanced', 'not-started'),
    task('unknown:开通退货补运费', 'advanced', 'not-started', '开通退货补运费'),
    task('unknown:完成首笔分销成交', 'advanced', 'not-started', '完成首笔分销成交'),
  ];
}

function rank(tasks: NewMerchantTaskReading[], weakAtLive = false) {
  const resolved = resolveTasks(tasks);
  return rankNextTasks(resolved, bonusOf(resolved), { weakAtLive });
}

describe('rankNextTasks: what to do next', () => {
  it('starts with original product videos and live hours, as the guide advises', () => {
    expect(rank(allOpen()).map((t) => t.id)).toEqual([
      'original-video', 'live-hours', 'shelf-task', 'publish-10-products', 'distribution-plans', 'live-room-10-products',
      'unknown:开通退货补运费', 'unknown:完成首笔分销成交',
    ]);
  });

  it('for a shop weak at live selling, starts with 10 products and 2 distribution plans and leaves live tasks last', () => {
    const ids = rank(allOpen(), true).map((t) => t.id);
    expect(ids.slice(0, 2)).toEqual(['publish-10-products', 'distribution-plans']);
    expect(ids.slice(2, 4)).toEqual(['original-video', 'shelf-task']);
    expect(ids.slice(4, 6)).toEqual(['live-hours', 'live-room-10-products']);
  });

  it('leaves out tasks already done and every task of a group that has two done', () => {
    const tasks = allOpen().map((t) =>
      ['live-room-10-products', 'unknown:开通退货补运费', 'shelf-task'].includes(t.id) ? { ...t, state: 'done' as const } : t);
    const ids = rank(tasks).map((t) => t.id);
    expect(ids).toEqual(['original-video', 'publish-10-products', 'distribution-plans']);
  });

  it('gives how-to advice for every task, and says plainly when a task is one we do not know', () => {
    const next = rank(allOpen());
    for (const t of next) expect(t.advice.length).toBeGreaterThan(10);
    const unknown = next.find((t) => t.id === 'unknown:开通退货补运费')!;
    expect(unknown).toMatchObject({ known: false, bonus: 0.06, guideUrl: null, group: 'advanced' });
    expect(unknown.advice).toContain('页面上的任务说明');
    expect(next.find((t) => t.id === 'distribution-plans')!.guideUrl).toMatch(/^https:\/\/edu\.kwaixiaodian\.com\//);
  });

  it('falls back to the rule pack group when the page shows the task outside both groups', () => {
    const next = rank([task('live-hours', null, 'not-started')]);
    expect(next[0]).toMatchObject({ id: 'live-hours', group: 'advanced' });
  });

  it('promises the bonus the page shows for a task, not the rule pack\'s', () => {
    const tasks = allOpen().map((t) => (t.id === 'unknown:开通退货补运费' ? { ...t, bonus: 0.05 } : t));
    const next = rank(tasks);
    expect(next.find((t) => t.id === 'unknown:开通退货补运费')?.bonus).toBe(0.05);
    expect(next.find((t) => t.id === 'original-video')?.bonus).toBe(0.06);
  });

  it('suggests the tasks we know, state unknown, when the page listed none', () => {
    const next = rank([]);
    expect(next.map((t) => t.id)[0]).toBe('original-video');
    expect(next.every((t) => t.state === null && !t.seenOnPage)).toBe(true);
  });
});
