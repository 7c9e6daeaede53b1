import { describe, expect, it } from 'vitest';
import { csvCell } from '@/lib/engine/history-csv';

describe('csvCell', () => {
  it.each([
    ['小林鲜果', '小林鲜果'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', `"'+1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
  ])('%s → %s', (input, out) => expect(csvCell(input)).toBe(out));

  it('writes numbers as they are and unknowns as empty, never 0', () => {
    expect(csvCell(4.31)).toBe('4.31');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});
