import type { Field } from '../compliance/finding';
import { foldLabel, textOf } from './text';

export type EditableEl = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

export interface FieldRef {
  /** The engine field this element feeds; several elements may feed `detail` (plain and rich). */
  field: Field;
  label: string;
  el: EditableEl;
  kind: 'input' | 'textarea' | 'rich';
}

/** Visible labels of the listing fields on both product forms (DOMAIN.md §3.4). */
const FIELD_LABELS: Record<Field, string[]> = {
  title: ['商品标题', '商品名称', '标题'],
  shortTitle: ['短标题', '商品短标题'],
  sellingPoint: ['商品卖点', '卖点'],
  detail: ['图文详情', '商品详情', '商品描述', '详情描述', '文字详情'],
};
const CATEGORY_LABELS = ['商品类目', '类目', '所属类目'];
const EDITABLE = 'input:not([type]), input[type="text"], input[type="search"], textarea, [contenteditable="true"], [contenteditable=""]';

function kindOf(el: Element): FieldRef['kind'] | null {
  if (el instanceof HTMLInputElement) return el.type === 'text' || el.type === 'search' || el.type === '' ? 'input' : null;
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  if (el instanceof HTMLElement && el.isContentEditable) return 'rich';
  return null;
}

/** The control a label names: for=, aria-labelledby, or the only editable in its form item. */
function controlFor(label: Element, doc: Document): Element | null {
  const forId = label.getAttribute('for');
  if (forId) {
    const el = doc.getElementById(forId);
    if (el && kindOf(el)) return el;
  }
  if (label.id) {
    const el = doc.querySelector(`[aria-labelledby~="${CSS.escape(label.id)}"]`);
    if (el && kindOf(el)) return el;
  }
  let scope = label.parentElement;
  for (let depth = 0; scope && depth < 4; depth++, scope = scope.parentElement) {
    const editables = Array.from(scope.querySelectorAll(EDITABLE)).filter((e) => kindOf(e));
    if (editables.length === 1) return editables[0]!;
    if (editables.length > 1) return null; // a container of several fields: not this label's own
  }
  return null;
}

function labelCandidates(doc: Document): Element[] {
  // A Descriptions-style form puts the label in a th (or dt) beside the cell that holds the control.
  return Array.from(doc.querySelectorAll('label, .ant-form-item-label, [class*="form-item-label"], [id$="-label"], th, dt, .ant-descriptions-item-label'));
}

/** What a control says about itself when no label names it: placeholder, aria-label, Quill's data-placeholder. */
function selfDescription(el: Element): string {
  return foldLabel([el.getAttribute('placeholder'), el.getAttribute('aria-label'), el.getAttribute('data-placeholder')].filter(Boolean).join(' '));
}

/**
 * The listing fields on a product form, found by their visible labels. A field the page does
 * not have is simply absent; an element is claimed once (the first label that names it).
 */
export function findEditorFields(doc: Document): FieldRef[] {
  const out: FieldRef[] = [];
  const claimed = new Set<Element>();
  const labels = labelCandidates(doc).map((el) => ({ el, text: foldLabel(textOf(el)) })).filter((l) => l.text.length > 0 && l.text.length <= 12);
  for (const field of Object.keys(FIELD_LABELS) as Field[]) {
    const names = FIELD_LABELS[field].map(foldLabel);
    for (const { el: label, text } of labels) {
      if (!names.includes(text)) continue;
      const control = controlFor(label, doc);
      if (!control || claimed.has(control)) continue;
      const kind = kindOf(control);
      if (!kind) continue;
      claimed.add(control);
      out.push({ field, label: textOf(label).replace(/[*：:]/g, '').trim(), el: control as EditableEl, kind });
      if (field !== 'detail') break; // one title, one short title, one selling point
    }
  }
  // Fields with no visible label: a placeholder such as 「请输入商品标题，最多30个汉字」 names them.
  const editables = Array.from(doc.querySelectorAll(EDITABLE)).filter((e) => kindOf(e) && !claimed.has(e));
  for (const field of Object.keys(FIELD_LABELS) as Field[]) {
    if (field !== 'detail' && out.some((f) => f.field === field)) continue;
    // Longest names first: 「商品短标题」 is not the title, though it holds 「标题」.
    const names = [...FIELD_LABELS[field]].sort((a, b) => b.length - a.length);
    for (const el of editables) {
      if (claimed.has(el)) continue;
      const said = selfDescription(el);
      const name = names.find((n) => said.includes(foldLabel(n)));
      if (!name) continue;
      const other = (Object.keys(FIELD_LABELS) as Field[]).some((f) => f !== field && FIELD_LABELS[f].some((n) => n.length > name.length && said.includes(foldLabel(n))));
      if (other) continue;
      claimed.add(el);
      out.push({ field, label: name, el: el as EditableEl, kind: kindOf(el)! });
      if (field !== 'detail') break;
    }
  }
  return out;
}

/** The category path shown on the form (食品饮料 > 休闲零食), or null. */
export function readCategoryPath(doc: Document): string | null {
  for (const label of labelCandidates(doc)) {
    if (!CATEGORY_LABELS.map(foldLabel).includes(foldLabel(textOf(label)))) continue;
    let scope = label.parentElement;
    for (let depth = 0; scope && depth < 3; depth++, scope = scope.parentElement) {
      const select = scope.querySelector('select');
      const candidates = [
        ...Array.from(scope.querySelectorAll('*')).map((e) => (e.children.length === 0 ? textOf(e) : '')),
        select?.selectedOptions[0]?.textContent ?? '',
      ];
      const path = candidates.find((t) => /\S\s*[>＞/›]\s*\S/.test(t) && t.length <= 80);
      if (path) return path;
    }
  }
  return null;
}

/** The product this form edits: itemId from the URL, else the form route (a new product). */
export function productKeyOf(url: URL): string {
  const id = url.searchParams.get('itemId') ?? url.searchParams.get('id');
  return id && /^\d{3,30}$/.test(id) ? `item:${id}` : `new:${url.pathname}`.slice(0, 120);
}
