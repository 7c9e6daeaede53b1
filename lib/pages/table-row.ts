import { parseValue, type ParsedValue } from './parse-value';
import { foldLabel, textOf } from './text';

export interface RowValues { score: { parsed: ParsedValue; text: string } | null; value: { parsed: ParsedValue; text: string } | null; rowText: string }

const SCORE_HEADERS = ['得分', '分数', '评分'];
const VALUE_HEADERS = ['指标值', '数值', '当前值', '店铺值', '表现', '近30天'];

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.matches('td, th, [role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]'));
}

/** Header texts of the table a row sits in (antd renders the header as a separate table). */
function headersFor(row: Element): string[] | null {
  const table = row.closest('table, [role="table"], [role="grid"]');
  if (!table) return null;
  let headRow: Element | null =
    table.querySelector('thead tr') ?? Array.from(table.querySelectorAll('[role="row"]')).find((r) => r.querySelector('[role="columnheader"]')) ?? null;
  if (!headRow) {
    // antd with a fixed header: the <thead> lives in a sibling table within .ant-table-container
    const wrap = table.parentElement?.parentElement ?? null;
    headRow = wrap?.querySelector('thead tr') ?? null;
  }
  if (!headRow || headRow === row) return null;
  return cellsOf(headRow).map((c) => foldLabel(textOf(c)));
}

function column(headers: string[], names: string[]): number {
  return headers.findIndex((h) => names.some((n) => h.includes(foldLabel(n))));
}

/** A label inside a table row: the score and value come from the columns the header names. */
export function readTableRow(label: Element): RowValues | null {
  const row = label.closest('tr, [role="row"]');
  if (!row) return null;
  const headers = headersFor(row);
  if (!headers) return null;
  const cells = cellsOf(row);
  const at = (i: number) => {
    if (i < 0 || !cells[i]) return null;
    const text = textOf(cells[i]!).normalize('NFKC').replace(/\s+/g, '');
    return { parsed: parseValue(text), text };
  };
  return { score: at(column(headers, SCORE_HEADERS)), value: at(column(headers, VALUE_HEADERS)), rowText: textOf(row) };
}
