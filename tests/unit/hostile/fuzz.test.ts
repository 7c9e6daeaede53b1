import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { runHostileMessages, runStorageCorruptions } from '../../support/hostile-fuzz';

// Seeded: the same messages and corruptions on every run (tests/support/prng.ts).
describe('hostile messages through the worker’s real handler', () => {
  it('answers every must-reject message with a typed rejection and lets none of them write', async () => {
    const f = await runHostileMessages(16, 360);
    expect(f.failures).toEqual([]);
    expect(f.sent).toBe(360);
    expect(f.throws).toBe(0);
    expect(f.mustReject).toBeGreaterThan(f.sent * 0.6);
    expect(f.rejectedTyped).toBe(f.mustReject);
    expect(f.answeredOtherwise).toBe(0);
    expect(f.writesByRejected).toBe(0);
    // The good ones among them (controls, readings with junk keys) are still taken, junk stripped.
    expect(f.accepted).toBe(f.sent - f.mustReject - f.keptUnreadable);
    expect(f.accepted).toBeGreaterThan(0);
    // Broken readings that name their page: told as unreadable, the last good score kept (checked per message).
    expect(f.keptUnreadable).toBeGreaterThan(0);
    expect(f.leaks).toBe(0);
  }, 120_000);
});

describe('storage corruptions', () => {
  it('heals every case and tells the merchant about every damaged record or setting', async () => {
    const f = await runStorageCorruptions(16);
    expect(f.failures).toEqual([]);
    expect(f.throws).toBe(0);
    expect(f.healed).toBe(f.cases);
    expect(f.told).toBe(f.mustTell);
    expect(f.mustTell).toBeGreaterThan(10);
  }, 120_000);
});
