import { browser } from 'wxt/browser';
import { z } from 'zod';
import { lintListing, type Finding, type LintRequest } from '../compliance';
import type { Settings } from '../store/settings';
import { saveSettings } from '../store/settings';
import type { BackgroundDeps } from './deps';

const ignoredSchema = z.array(z.string().max(64)).max(500);
const ignoredKey = (productKey: string) => `ignored/${productKey}`;

async function ignoredFor(productKey: string): Promise<string[]> {
  const parsed = ignoredSchema.safeParse((await browser.storage.local.get(ignoredKey(productKey)))[ignoredKey(productKey)]);
  return parsed.success ? parsed.data : [];
}

/** The engine with the merchant's words; "ignore for this product" drops matching findings after. */
export async function lintForm(request: LintRequest, productKey: string, deps: BackgroundDeps): Promise<Finding[]> {
  const settings = await deps.settings();
  const ignored = new Set(await ignoredFor(productKey));
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

export async function ignoreForProduct(productKey: string, term: string): Promise<void> {
  const list = await ignoredFor(productKey);
  if (!list.includes(term)) await browser.storage.local.set({ [ignoredKey(productKey)]: [...list, term].slice(-500) });
}

/** "Always allow this word": the merchant's allow list in settings, so options shows it too. */
export async function allowWord(term: string, deps: BackgroundDeps): Promise<void> {
  const settings: Settings = await deps.settings();
  if (settings.words.allowList.includes(term)) return;
  const res = await saveSettings({ ...settings, words: { ...settings.words, allowList: [...settings.words.allowList, term] } });
  if (!res.ok) throw new Error(res.error);
}
