import { neutraliseCell } from '../spreadsheet-cell';
import { translator, type Lang } from '../i18n';
import type { HistoryPoint } from './history-series';

/**
 * Spreadsheet-safe cell: neutralised (lib/spreadsheet-cell.ts) so a hostile shop name cannot
 * become a formula when the merchant opens the file in Excel/WPS, and quoted when needed.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutraliseCell(value);
  return /[",\r\n']/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** History as CSV, one row per day, with a UTF-8 BOM so Excel opens the Chinese correctly. */
export function historyCsv(points: readonly HistoryPoint[], dimensionLabels: ReadonlyMap<string, string>, lang: Lang = 'zh'): string {
  const tr = translator(lang);
  const dimIds = [...new Set(points.flatMap((p) => Object.keys(p.dimensions)))].sort(
    (a, b) => [...dimensionLabels.keys()].indexOf(a) - [...dimensionLabels.keys()].indexOf(b),
  );
  const header = [tr('csv.day'), tr('csv.shopId'), tr('csv.shopName'), tr('csv.overall'), ...dimIds.map((id) => dimensionLabels.get(id) ?? id)];
  const rows = points.map((p) => [p.day, p.shopId, p.shopName, p.overall, ...dimIds.map((id) => p.dimensions[id] ?? null)]);
  return '\ufeff' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
