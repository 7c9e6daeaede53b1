import 'fake-indexeddb/auto';
import { set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { getGlance, submitReading } from '@/lib/background/glance';
import type { BadgeState } from '@/lib/engine/badge';
import { db } from '@/lib/store/db';
import { loadScoreReadings } from '@/lib/store/readings';
import { reading } from '../factories';

let badges: BadgeState[];
const deps = { setBadge: async (b: BadgeState) => void badges.push(b) };

beforeEach(async () => {
  badges = [];
  indexedDB.deleteDatabase('kwaishop-copilot');
  await set('score/latest', undefined, db());
  await set('score/attempt', undefined, db());
});

describe('stored readings', () => {
  it('persists a reading and recomputes the assessment from storage alone', async () => {
    await submitReading(reading(), deps);
    const glance = await getGlance(); // what a restarted worker does: read IndexedDB, assess again
    expect(glance.assessment?.overall.value).toBe(4.31);
    expect(badges.at(-1)).toMatchObject({ text: '4.31' });
  });

  it('keeps the last good score when a later page is unreadable', async () => {
    await submitReading(reading(), deps);
    await submitReading(reading({ status: 'unreadable', overall: null, dimensions: [], indicators: [], readAt: '2026-11-23T03:00:00.000Z', problems: ['购物体验分：「NaN分」不是有效的分数'] }), deps);
    const glance = await getGlance();
    expect(glance.assessment?.overall.value).toBe(4.31);
    expect(glance.attempt).toMatchObject({ status: 'unreadable', problems: ['购物体验分：「NaN分」不是有效的分数'] });
    expect(badges.at(-1)?.text).toBe('4.31'); // the shop's score did not change; the popup explains the failure
  });

  it('drops a corrupt stored value instead of crashing', async () => {
    await set('score/latest', { kind: 'score', overall: 'garbage' }, db());
    await expect(loadScoreReadings()).resolves.toEqual({ latest: null, attempt: null });
  });
});
