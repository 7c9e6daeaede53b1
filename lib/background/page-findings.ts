import { browser } from 'wxt/browser';
import type { PageFindings } from '../messaging/protocol';
import { pageFindingsSchema } from '../messaging/protocol';

/**
 * The latest findings of each tab, for the side panel. storage.session: it survives the
 * worker stopping, is never written to disk, and goes when the browser closes.
 */
const KEY = 'page-findings';

type Stored = Record<string, PageFindings>;

async function all(): Promise<Stored> {
  const raw = (await browser.storage.session.get(KEY))[KEY];
  if (!raw || typeof raw !== 'object') return {};
  const out: Stored = {};
  for (const [tab, value] of Object.entries(raw as Record<string, unknown>)) {
    const parsed = pageFindingsSchema.safeParse(value);
    if (parsed.success) out[tab] = parsed.data;
  }
  return out;
}

export async function savePageFindings(tabId: number, report: PageFindings): Promise<void> {
  const current = await all();
  current[String(tabId)] = report;
  await browser.storage.session.set({ [KEY]: current });
}

export async function forgetTab(tabId: number): Promise<void> {
  const current = await all();
  if (!(String(tabId) in current)) return;
  delete current[String(tabId)];
  await browser.storage.session.set({ [KEY]: current });
}

export async function listPageFindings(): Promise<(PageFindings & { tabId: number })[]> {
  return Object.entries(await all()).map(([tab, report]) => ({ ...report, tabId: Number(tab) }));
}
