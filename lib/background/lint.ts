import { browser } from 'wxt/browser';
import { z } from 'zod';
import { lintListing, type Finding, type LintRequest } from '../compliance';
import type { Settings } from '../store/settings';
import { saveSettings } from '../store/settings';
import type { BackgroundDeps } from './deps';

const legacySchema = z.array(z.string().min(1).max(64)).max(500);
const LEGACY_PREFIX = 'ignored/';
/** Only a saved product has an id to keep ignores under; a new form's ignores stay in its tab. */
const SAVED_PRODUCT = /^item:\d{3,30}$/;

/** The engine with the merchant's words; "ignore for this product" drops matching findings after. */
export async function lintForm(request: LintRequest, productKey: string, deps: BackgroundDeps): Promise<Finding[]> {
  const settings = await deps.settings();
  const ignored = new Set(settings.editor.ignored[productKey] ?? []);
  return lintListing(request, settings.words).filter((f) => !(ignored.has(f.text) || (f.term !== undefined && ignored.has(f.term))));
}

/** Product-list titles: one call, each title linted alone with the shop's default category. */
export async function lintTitles(items: readonly { id: string; title: string }[], deps: BackgroundDeps): Promise<{ id: string; findings: Finding[] }[]> {
  const settings = await deps.settings();
  // The list flags words only (lexicon, category claims, the merchant's terms); structural
  // rules such as title length belong to the editor.
  const WORD_RULES = /^(word|claim|user)\//;
  return items.map(({ id, title }) => ({ id, findings: lintListing({ title }, settings.words).filter((f) => WORD_RULES.test(f.ruleId)) }));
}

/** Ignores a word for one saved product (listed, and undoable, in options). */
export async function ignoreForProduct(productKey: string, term: string, deps: BackgroundDeps): Promise<void> {
  if (!SAVED_PRODUCT.test(productKey)) return; // a new product without an id: the form keeps it while open
  const settings = await deps.settings();
  const list = settings.editor.ignored[productKey] ?? [];
  if (list.includes(term)) return;
  const res = await saveSettings({ ...settings, editor: { ...settings.editor, ignored: { ...settings.editor.ignored, [productKey]: [...list, term].slice(-500) } } });
  if (!res.ok) throw new Error(res.error);
}

/**
 * Older versions stored ignores as `ignored/<key>` in storage.local, new products all under
 * one `new:<path>` key (so one new product's ignores leaked into every later one). Saved
 * products' lists move into settings; the shared new-product lists are dropped.
 */
export async function migrateLegacyIgnores(deps: BackgroundDeps): Promise<number> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(LEGACY_PREFIX));
  if (keys.length === 0) return 0;
  const settings = await deps.settings();
  const ignored = { ...settings.editor.ignored };
  let moved = 0;
  for (const key of keys) {
    const productKey = key.slice(LEGACY_PREFIX.length);
    const list = legacySchema.safeParse(all[key]);
    if (!SAVED_PRODUCT.test(productKey) || !list.success) continue;
    ignored[productKey] = [...new Set([...(ignored[productKey] ?? []), ...list.data])].slice(-500);
    moved++;
  }
  if (moved) {
    const res = await saveSettings({ ...settings, editor: { ...settings.editor, ignored } });
    if (!res.ok) throw new Error(res.error);
  }
  await browser.storage.local.remove(keys);
  return moved;
}

/** "Always allow this word": the merchant's allow list in settings, so options shows it too. */
export async function allowWord(term: string, deps: BackgroundDeps): Promise<void> {
  const settings: Settings = await deps.settings();
  if (settings.words.allowList.includes(term)) return;
  const res = await saveSettings({ ...settings, words: { ...settings.words, allowList: [...settings.words.allowList, term] } });
  if (!res.ok) throw new Error(res.error);
}
