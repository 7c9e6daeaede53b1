import { expect, it } from 'vitest';

/** One compared field: [name, the truth's value, the reading's value]. */
export type Rows = Array<[string, unknown, unknown]>;

export const mismatches = (rows: Rows) => rows.filter(([, a, b]) => JSON.stringify(a) !== JSON.stringify(b));

/**
 * A zoo matrix's tally: each page's rows must all match (the assertion), and the suite prints
 * how many fields were read right over how many pages, the figure closing notes quote.
 */
export function tally(name: string, unit: string, pages: number) {
  let right = 0;
  let total = 0;
  return {
    check(rows: Rows): void {
      const bad = mismatches(rows);
      right += rows.length - bad.length;
      total += rows.length;
      expect(bad).toEqual([]);
    },
    print(): void {
      it('prints the matrix figure', () => {
        console.log(`${name} zoo matrix: ${right}/${total} ${unit} read right over ${pages} pages`);
        expect(total).toBeGreaterThan(0);
      });
    },
  };
}
