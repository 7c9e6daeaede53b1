/**
 * The one rule for every exported cell (history CSV, word-list TSV/CSV): a cell a spreadsheet
 * (Excel, WPS, Numbers) would run as a formula gets a leading apostrophe, so a shop name or a
 * word like `=1+1` or `@SUM(…)` opens as text (OWASP "CSV injection"). Full-width signs count too:
 * WPS folds them. `restoreCell` undoes it when our own export is imported again.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@＝＋－＠]|^[\t\r\n]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
