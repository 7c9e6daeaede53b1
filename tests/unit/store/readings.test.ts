import 'fake-indexeddb/auto';
import { clear } from 'idb-keyval';
import { set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { getGlance } from '@/lib/background/glance';
import { getPanel } from '@/lib/background/panel';
import { submitReading } from '@/lib/background/submit';
import { historyCsv } from '@/lib/engine/history-csv';
import { db } from '@/lib/store/db';
import { listHistory, pruneHistory } from '@/lib/store/history';
import { loadScoreReadings } from '@/lib/store/readings';
import { DEFAULT_SETTINGS } from '@/lib/store/settings';
import { DEFAULT_RULES } from '@/lib/rules';
import { reading, recordingWorker } from '../factories';

const w = recordingWorker();
const deps = w.deps;

beforeEach(async () => {
  w.reset();
  await clear(db());
});

describe('stored readings', () => {
  it('persists a reading and recomputes the assessment from storage alone', async () => {
    await submitReading(reading(), deps);
    const glance = await getGlance(w.settings); // what a restarted worker does: read IndexedDB, assess again
    expect(glance.assessment?.overall.value).toBe(4.31);
    expect(w.badges.at(-1)).toMatchObject({ text: '4.31' });
  });

  it('keeps the last good score when a later page is unreadable', async () => {
    await submitReading(reading(), deps);
    await submitReading(reading({ status: 'unreadable', overall: null, dimensions: [], indicators: [], readAt: '2026-11-23T03:00:00.000Z', problems: ['购物体验分：「NaN分」不是有效的分数'] }), deps);
    const glance = await getGlance(w.settings);
    expect(glance.assessment?.overall.value).toBe(4.31);
    expect(glance.attempt).toMatchObject({ status: 'unreadable', problems: ['购物体验分：「NaN分」不是有效的分数'] });
    expect(w.badges.at(-1)?.text).toBe('4.31'); // the shop's score did not change; the popup explains the failure
  });

  it('drops a corrupt stored value instead of crashing', async () => {
    await set('score/latest', { kind: 'score', overall: 'garbage' }, db());
    await expect(loadScoreReadings()).resolves.toEqual({ latest: null, attempt: null });
  });
});

describe('history', () => {
  const day1 = reading({ readAt: '2026-11-21T04:00:00.000Z', overall: 4.55, dimensions: [{ id: 'goods-exp', label: '商品体验', score: 4.6 }] });
  const day2 = reading({ readAt: '2026-11-22T04:00:00.000Z', overall: 4.31, dimensions: [{ id: 'goods-exp', label: '商品体验', score: 4.21 }] });

  it('keeps one reading per shop and day, the last of the day', async () => {
    await submitReading(day1, deps);
    await submitReading({ ...day1, readAt: '2026-11-21T05:00:00.000Z', overall: 4.56 }, deps);
    await submitReading(day2, deps);
    const h = await listHistory('7654321');
    expect(h.map((r) => r.overall)).toEqual([4.56, 4.31]);
  });

  it('drops days past the retention limit', async () => {
    await submitReading(day1, deps);
    await submitReading(day2, deps);
    expect(await pruneHistory(1, new Date('2026-11-23T12:00:00.000Z'))).toBe(1);
    expect((await listHistory('7654321')).map((r) => r.overall)).toEqual([4.31]);
  });

  it('exports both days as CSV rows', async () => {
    await submitReading(day1, deps);
    await submitReading(day2, deps);
    const panel = await getPanel(deps);
    const csv = historyCsv(panel.history, new Map(DEFAULT_RULES.dimensions.map((d) => [d.id, d.labels[0]!])));
    const lines = csv.replace('\ufeff', '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    // 售后服务 is not shown on these readings: estimated from its indicator, as in every view
    expect(lines[0]).toBe('日期,店铺ID,店铺名称,购物体验分,商品体验,售后服务');
    expect(lines[1]).toBe('2026-11-21,7654321,小林鲜果,4.55,4.6,4.66');
    expect(lines[2]).toBe('2026-11-22,7654321,小林鲜果,4.31,4.21,4.66');
  });
});

describe('alerts', () => {
  it('notifies once when a dimension falls below the line', async () => {
    await submitReading(reading({ readAt: '2026-11-21T04:00:00.000Z', overall: 4.6, dimensions: [{ id: 'goods-exp', label: '商品体验', score: 4.6 }] }), deps);
    expect(w.notes).toHaveLength(0);
    await submitReading(reading({ dimensions: [{ id: 'goods-exp', label: '商品体验', score: 4.21 }] }), deps);
    expect(w.notes).toHaveLength(1);
    expect(w.notes[0]!.message).toContain('商品体验：4.60 → 4.21');
    await submitReading(reading({ readAt: '2026-11-23T05:00:00.000Z', dimensions: [{ id: 'goods-exp', label: '商品体验', score: 4.2 }] }), deps);
    expect(w.notes).toHaveLength(1); // still below: no new alert
  });

  it('stays quiet when notifications are switched off', async () => {
    w.settings = { ...DEFAULT_SETTINGS, alerts: { notify: false } };
    await submitReading(reading({ dimensions: [{ id: 'goods-exp', label: '商品体验', score: 4.6 }] }), deps);
    await submitReading(reading({ dimensions: [{ id: 'goods-exp', label: '商品体验', score: 4.2 }] }), deps);
    expect(w.notes).toHaveLength(0);
  });
});
