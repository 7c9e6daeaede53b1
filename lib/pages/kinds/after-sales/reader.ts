import { PageIndex } from '../../kit/dom-index';
import { clip } from '../../kit/fold';
import { activeTab, pagination, readListItems, type ListItem } from '../../kit/list-items';
import { Outcome, failureText } from '../../kit/outcome';
import { SHOP_LABELS, readShop } from '../../kit/shop';
import { buildDict, tokenize } from '../../kit/tokens';
import { LIST_BUDGET, RowReader, orderNoOf, type ListReadOptions } from '../orders/reader';
import { CASE_SPEC, CASE_STATUSES, CASE_TYPES } from './labels';
import type { AfterSalesReading, CaseRow } from './reading';
import { unreadableReading } from '../../unreadable';

function readCase(item: ListItem, now: Date, caseNo: string): CaseRow {
  const r = new RowReader(item, now);
  const type = r.status('type', '售后类型', CASE_TYPES, false);
  const status = r.status('status', '售后状态', CASE_STATUSES, true);
  const appliedAt = r.time('applied', '申请时间', true);
  const handleBy = r.countdown('remaining', '剩余处理时间');
  const product = item.fields.get('product');
  return {
    caseNo,
    orderNo: orderNoOf(item.fields.get('orderNo')),
    type: type.status,
    typeShown: type.shown,
    status: status.status,
    statusShown: status.shown,
    appliedAt,
    handleBy,
    products: product ? [clip(product.trim(), 120)] : [],
    hidden: item.hidden,
    unreadable: r.unreadable,
  };
}

const shopDict = buildDict(SHOP_LABELS);

/** Reads the 售后 list (or one case page). Never throws. */
export function readAfterSalesPage(doc: Document, url: URL, options: ListReadOptions): AfterSalesReading {
  const readAt = options.now.toISOString();
  const out = new Outcome();
  const base = { kind: 'after-sales' as const, url: clip(url.href, 2000), readAt };
  try {
    const index = new PageIndex(doc, { ...options, budget: { ...LIST_BUDGET, ...options.budget } });
    for (const c of index.cuts) out.problem(c);
    const list = readListItems(index, CASE_SPEC);
    for (const c of list.cuts) out.problem(c);
    const rows = new Map<string, CaseRow>();
    let noNumber = 0;
    for (const item of list.items) {
      const shownNo = item.fields.get('caseNo');
      const no = orderNoOf(shownNo);
      // A search form's 「售后单号」 label (its input is not text) or a column title is no record.
      if (!no) { if (shownNo && /\d/.test(shownNo)) noNumber++; continue; }
      const row = readCase(item, options.now, no);
      const prev = rows.get(no);
      // The same case in a hidden tab pane and in 全部: the visible copy wins.
      if (!prev || (prev.hidden && !row.hidden)) rows.set(no, row);
    }
    if (noNumber) out.problem(`${noNumber} 条售后读不出售后单号`);
    if (rows.size === 0 && noNumber === 0) out.miss('售后单号');
    const cases = [...rows.values()];
    const bad = cases.filter((c) => c.unreadable).length;
    if (bad) out.problem(`${bad} 条售后有读不懂的时间、类型或状态`);
    return {
      ...base,
      status: out.status(cases.length > 0),
      shop: readShop(tokenize(index, shopDict)),
      tab: activeTab(index),
      page: pagination(index),
      cases,
      missing: out.missing,
      problems: out.problems,
    } satisfies AfterSalesReading;
  } catch (error) {
    return unreadableReading(base, failureText(error));
  }
}
