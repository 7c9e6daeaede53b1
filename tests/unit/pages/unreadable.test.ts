import { describe, expect, it } from 'vitest';
import { pageReadingSchema } from '@/lib/pages/page-reading';
import { submittedReadingSchema } from '@/lib/pages/submitted-reading';
import { unreadableReading } from '@/lib/pages/unreadable';

const KINDS = pageReadingSchema.options.map((o) => o.shape.kind.value);
const base = <K extends (typeof KINDS)[number]>(kind: K) => ({ kind, url: 'https://s.kwaixiaodian.com/zone/x', readAt: '2026-12-03T01:00:00.000Z' });

describe('unreadable readings', () => {
  it.each(KINDS)('a %s page that could not be read says why, and fits the schema the worker holds it to', (kind) => {
    const r = unreadableReading(base(kind), '读取出错：' + '长'.repeat(300));
    const parsed = pageReadingSchema.safeParse(r);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(r).toMatchObject({ kind, status: 'unreadable' });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.length).toBeLessThanOrEqual(160);
  });

  it.each(KINDS)('a broken %s reading that names its page is kept as that page\'s unreadable reading, naming what failed', (kind) => {
    const parsed = submittedReadingSchema.safeParse({ ...base(kind), status: 'ok', problems: 'not a list' });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ kind, status: 'unreadable', url: base(kind).url });
    expect(parsed.data!.problems[0]).toMatch(/^读取结果不完整：\S+/);
  });

  it('a reading that does not say which page it is from is refused, with the reason', () => {
    for (const junk of [null, 42, 'score', {}, { kind: 'score' }, { kind: 'elsewhere', url: 'x', readAt: '2026-12-03T01:00:00.000Z' }, { ...base('score'), readAt: 'yesterday' }]) {
      const parsed = submittedReadingSchema.safeParse(junk);
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]!.message.length).toBeGreaterThan(0);
    }
  });

  it('a good reading passes unchanged', () => {
    const good = unreadableReading(base('orders'), 'x');
    const ok = { ...good, status: 'partial' as const };
    expect(submittedReadingSchema.parse(ok)).toEqual(ok);
  });
});
