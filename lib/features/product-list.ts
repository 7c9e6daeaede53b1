import type { Finding } from '../compliance/finding';
import { SEVERITY_RANK, type Severity } from '../compliance/ranks';
import { editorMessages } from '../i18n/editor';
import { send } from '../messaging/client';
import type { PageFindings } from '../messaging/protocol';
import { createRowMarkerLayer, type RowMarker } from '../overlay/row-markers';
import { readsOn } from '../pages/hosts';
import { findProductTable, productListUrlHint, readProductList, type ProductRow } from '../pages/product-list-reader';
import { onSettingsChanged } from '../store/settings-changed';
import { loadPageSettings, type PageSettings } from './page-settings';
import type { Feature } from './registry';
import { warn } from '../log';

/** DOM changes settle for this long before the rows are read again (paging re-renders in bursts). */
const DEBOUNCE_MS = 250;
/** A page whose route does not say "list" is watched this long for the table to appear. */
const LOOK_FOR_TABLE_MS = 60_000;
/** Protocol caps (lib/messaging/protocol.ts). */
const MAX_ITEMS = 200;
const MAX_ID = 40;
const MAX_TITLE = 500;
const MAX_WORST = 100;

export interface RowSummary { count: number; worst: string; severity: Severity }

/**
 * Count and worst finding of one row: the highest severity, the first by position on ties.
 * Null when there is nothing to show.
 */
export function summariseFindings(findings: readonly Finding[]): RowSummary | null {
  let worst: Finding | null = null;
  for (const f of findings) {
    if (!worst || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst.severity] || (f.severity === worst.severity && f.start < worst.start)) worst = f;
  }
  if (!worst) return null;
  return { count: findings.length, worst: (worst.text || worst.term || '').slice(0, MAX_WORST), severity: worst.severity };
}

/** Rows on screen as the set the linter sees: same ids and titles → same key → no re-scan. */
export function rowsKey(rows: readonly Pick<ProductRow, 'id' | 'title'>[]): string {
  return JSON.stringify(rows.map((r) => [r.id, r.title]));
}

function eligible(rows: readonly ProductRow[]): ProductRow[] {
  return rows.filter((r) => r.id.length <= MAX_ID).slice(0, MAX_ITEMS);
}

/** An extension that was reloaded or updated leaves this script with dead APIs: stop quietly. */
function contextGone(error: unknown): boolean {
  return /context invalidated|receiving end does not exist|message port closed|extension context/i.test(String((error as Error)?.message ?? error));
}

/**
 * Product list (商品列表): the titles of the rows on screen are linted in one batch; rows with
 * findings get a marker (count and worst term); paging, the status tabs and search re-render
 * the table in place, which re-scans; the side panel gets the flagged rows with edit links.
 */
export const productListFeature: Feature = {
  id: 'product-list',
  include: (url) => readsOn('list', url),
  init({ document: doc, url, signal }) {
    const hinted = productListUrlHint(url);
    let settings: PageSettings | null = null;
    const layer = createRowMarkerLayer(doc, signal, () => editorMessages(settings?.language ?? 'zh'));
    let lastKey: string | null = null;
    let seq = 0;
    let found = false;
    let dead = false;
    let reported = false;
    let results = new Map<string, { title: string; findings: Finding[] }>();

    const markersFor = (rows: readonly ProductRow[]): RowMarker[] => {
      const out: RowMarker[] = [];
      for (const row of rows) {
        const r = results.get(row.id);
        if (!r || r.title !== row.title.slice(0, MAX_TITLE)) continue;
        const s = summariseFindings(r.findings);
        if (s) out.push({ id: row.id, title: row.title, ...s, row: row.row, titleEl: row.titleEl });
      }
      return out;
    };

    const report = async (rows: readonly ProductRow[]) => {
      const flagged: PageFindings['flagged'] = markersFor(rows).map((m) => {
        const row = rows.find((r) => r.id === m.id);
        const editUrl = row?.editUrl && row.editUrl.length <= 2000 ? row.editUrl : null;
        return { id: m.id, title: m.title.slice(0, MAX_TITLE), count: m.count, worst: m.worst, severity: m.severity, editUrl };
      });
      const href = (doc.location?.href ?? url.href).slice(0, 2000);
      reported = true;
      await send({ type: 'page/findings', report: { kind: 'list', url: href, at: new Date().toISOString(), findings: [], flagged } });
    };

    const scan = async () => {
      if (signal.aborted || dead) return;
      const table = findProductTable(doc);
      if (!table) {
        if (found) {
          // The table went away (an in-place route change): nothing to mark any more.
          found = false;
          lastKey = null;
          layer.update([]);
        }
        return;
      }
      found = true;
      const base = doc.location?.href ?? url.href;
      const rows = eligible(readProductList(doc, base));
      const key = rowsKey(rows);
      if (key === lastKey) {
        // Same products; React may have swapped the nodes or moved things: keep the markers on
        // them and measure again.
        layer.update(markersFor(rows));
        return;
      }
      lastKey = key;
      const mine = ++seq;
      layer.update([]); // the old page's markers would point at the wrong products
      if (rows.length === 0) {
        // 「暂无数据」 or still loading: the side panel's list from before no longer holds.
        results = new Map();
        if (reported) await report(rows);
        return;
      }
      const items = rows.map((r) => ({ id: r.id, title: r.title.slice(0, MAX_TITLE) }));
      const answer = await send({ type: 'lint/batch', items });
      if (signal.aborted || mine !== seq) return; // stale: the rows changed while we waited
      const now = eligible(readProductList(doc, base));
      if (rowsKey(now) !== key) return; // changed but not yet re-scanned (debounce pending)
      results = new Map();
      const byId = new Map(answer.results.map((r) => [r.id, r.findings]));
      for (const item of items) results.set(item.id, { title: item.title, findings: byId.get(item.id) ?? [] });
      layer.update(markersFor(now));
      await report(now);
    };

    const run = () => {
      scan().catch((error: unknown) => {
        if (contextGone(error)) {
          dead = true; // the extension was reloaded: this page needs a refresh, say nothing
          stop();
          layer.clear();
          return;
        }
        lastKey = null; // try again on the next change
        warn('product-list', 'banned-word check failed', error);
      });
    };

    // Watch while the page is open: the list re-renders on paging, tabs and search. The
    // callback is debounced; a page that is not a list by its route stops looking after a while
    // unless the table turned up.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    });
    const giveUp = hinted ? undefined : setTimeout(() => { if (!found) stop(); }, LOOK_FOR_TABLE_MS);
    function stop(): void {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(giveUp);
    }
    if (signal.aborted) return;
    signal.addEventListener('abort', stop, { once: true });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    // The markers speak the merchant's language; a switch in the options redraws them.
    const load = () => loadPageSettings().then((s) => { settings = s; }, () => undefined);
    const offSettings = onSettingsChanged(() => { void load().then(() => { lastKey = null; run(); }); });
    signal.addEventListener('abort', offSettings, { once: true });
    void load().then(run);
  },
};
