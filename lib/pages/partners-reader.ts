import { LabelIndex } from './label-index';
import { asScore, parseValue } from './parse-value';
import type { ScoreReading } from './reading';
import { foldLabel, textOf } from './text';

const FLOOR_LABELS = ['合作商家楼层', '合作商家'];
const NAME_HEADERS = ['合作商家', '商家名称', '店铺名称', '商家'];
const SCORE_HEADERS = ['购物体验分', '体验分', '综合得分'];
const MAX_PARTNERS = 200;

/**
 * 合作商家楼层 (streamers only): the partner merchants and their scores, read from the table
 * under that heading by its column names. A shop without the floor gets an empty list.
 */
export function readPartners(index: LabelIndex): ScoreReading['partners'] {
  for (const label of index.find(FLOOR_LABELS)) {
    if (label.closest('th, [role="columnheader"]')) continue;
    // The floor's table is the first one after its heading within a few ancestors.
    let scope: Element | null = label.parentElement;
    let table: Element | null = null;
    for (let depth = 0; scope && depth < 5 && !table; depth++, scope = scope.parentElement) {
      table = scope.querySelector('table, [role="table"]');
    }
    if (!table) continue;
    const headerCells = Array.from(table.querySelectorAll('thead th, [role="columnheader"]')).map((c) => foldLabel(textOf(c)));
    const col = (names: string[]) => headerCells.findIndex((h) => names.some((n) => h.includes(foldLabel(n))));
    const nameCol = col(NAME_HEADERS);
    const scoreCol = col(SCORE_HEADERS);
    if (nameCol < 0 || scoreCol < 0) continue;
    const out: ScoreReading['partners'] = [];
    for (const row of Array.from(table.querySelectorAll('tbody tr, [role="row"]'))) {
      const cells = Array.from(row.querySelectorAll('td, [role="cell"], [role="gridcell"]'));
      const name = cells[nameCol] ? textOf(cells[nameCol]!).slice(0, 80) : '';
      if (!name) continue;
      const score = cells[scoreCol] ? asScore(parseValue(textOf(cells[scoreCol]!))) : null;
      out.push({ name, score });
      if (out.length >= MAX_PARTNERS) break;
    }
    return out;
  }
  return [];
}
