import { byDocumentOrder } from './label-index';
import { parseValue, type ParsedValue } from './parse-value';
import { foldLabel, textOf } from './text';

const CJK = /[\u4e00-\u9fff]/;
export const SCORE_SUBLABELS = ['得分', '指标得分', '分数', '评分', '维度得分', '当前得分'];
export const VALUE_SUBLABELS = ['指标值', '数值', '当前值', '店铺值', '表现值', '近30天', '近30天指标值', '本店'];
const MAX_VALUE_CHARS = 16;

export type Slot = 'score' | 'value';

/** Could this short text be what sits in a score slot (4.62, 4.62分, --, or a broken 4.6.2 / NaN分)? */
function scoreLike(t: string): boolean {
  if (/^[+\-−]\d/.test(t)) return false; // 较昨日 +0.02 is a change, not a score
  if (/^(--|-|—|——|暂无数据|暂无|无数据)$/.test(t)) return true;
  if (/分$/.test(t)) return !CJK.test(t.slice(0, -1)); // 「4.62分」 yes, 「得分」 no
  return /^[0-9a-z.,]+$/i.test(t) && /\d|nan|null|undefined/i.test(t);
}

/** Could this short text be an indicator's raw value (98.5%, 12.3小时, 1天2小时, 1.02, --)? */
function valueLike(t: string): boolean {
  if (/^[+\-−]\d/.test(t)) return false;
  if (/^(--|-|—|——|暂无数据|暂无|无数据)$/.test(t)) return true;
  if (/(%|小时|分钟|天|单|h)$/i.test(t)) return !/[\u4e00-\u9fff]{3,}/.test(t);
  return /^[0-9a-z.,]+$/i.test(t) && /\d|nan/i.test(t);
}

interface Candidate { el: Element; text: string }

/** Values past the first foreign label belong to it (an indicator row inside a dimension card). */
function fenceOf(card: Element, label: Element, foreign: readonly Element[]): Element | undefined {
  return foreign.filter((f) => card.contains(f) && !label.contains(f) && byDocumentOrder(label, f) < 0).sort(byDocumentOrder)[0];
}

function candidates(card: Element, label: Element, foreign: readonly Element[], fence: Element | undefined, accept: (t: string) => boolean): { after: Candidate[]; before: Candidate[] } {
  const after: Candidate[] = [];
  const before: Candidate[] = [];
  for (const el of Array.from(card.querySelectorAll('*'))) {
    if (el.contains(label) || label.contains(el)) continue;
    if ((el.textContent ?? '').length > MAX_VALUE_CHARS * 2) continue;
    const text = textOf(el).normalize('NFKC').replace(/\s+/g, '');
    if (!text || text.length > MAX_VALUE_CHARS || !accept(text)) continue;
    if (foreign.some((f) => el.contains(f) || f.contains(el))) continue;
    if (fence && byDocumentOrder(fence, el) < 0) continue;
    // Outermost candidate wins (「4.62」+「分」 inside one box reads as 「4.62分」).
    if ([...after, ...before].some((c) => c.el.contains(el))) continue;
    (byDocumentOrder(label, el) < 0 ? after : before).push({ el, text });
  }
  return { after, before };
}

/** The element right after a sub-label such as 「得分」 inside the card, if the card uses them. */
function afterSublabel(card: Element, names: readonly string[], accept: (t: string) => boolean, exclude: readonly Element[], fence: Element | undefined): Candidate | null {
  const folded = new Set(names.map(foldLabel));
  const all = Array.from(card.querySelectorAll('*'));
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (el.children.length > 0 || !folded.has(foldLabel(textOf(el)))) continue;
    if (el.closest('th, [role="columnheader"]')) continue; // table columns are read by readTableRow
    if (exclude.some((x) => x.contains(el))) continue;
    if (fence && byDocumentOrder(fence, el) < 0) break;
    for (let j = i + 1; j < all.length && j < i + 12; j++) {
      const next = all[j]!;
      if (next.contains(el)) continue;
      if (fence && byDocumentOrder(fence, next) < 0) break;
      const text = textOf(next).normalize('NFKC').replace(/\s+/g, '');
      if (text && text.length <= MAX_VALUE_CHARS && accept(text)) return { el: next, text };
    }
  }
  return null;
}

export interface SlotResult { parsed: ParsedValue; text: string; el: Element }

/**
 * Reads one slot of a card: after its sub-label if the card has one, otherwise the first
 * plausible value after the label (or, failing that, the last one before it). Returns null
 * when the card has nothing that could be that value.
 */
export function readSlot(card: Element, label: Element, slot: Slot, foreign: readonly Element[] = [], skip: Element | null = null): SlotResult | null {
  const accept = slot === 'score' ? scoreLike : valueLike;
  const fence = fenceOf(card, label, foreign);
  const sub = afterSublabel(card, slot === 'score' ? SCORE_SUBLABELS : VALUE_SUBLABELS, accept, foreign, fence);
  if (sub && sub.el !== skip) return { parsed: parseValue(sub.text), text: sub.text, el: sub.el };
  const { after, before } = candidates(card, label, foreign, fence, accept);
  const pick = [...after, ...before.reverse()].find((c) => c.el !== skip && !(skip && (skip.contains(c.el) || c.el.contains(skip))));
  return pick ? { parsed: parseValue(pick.text), text: pick.text, el: pick.el } : null;
}
