import { chunkFile } from '../features/chunks';
import type { Handlers } from '../messaging/handle';
import { ackNotice } from '../store/notices';
import { clearHistory } from '../store/history';
import type { BackgroundDeps } from './deps';
import { getGlance } from './glance';
import { allowWord, ignoreForProduct, lintForm, lintTitles } from './lint';
import { listPageFindings, savePageFindings } from './page-findings';
import { getPanel } from './panel';
import { getQueue } from './queue';
import { submitReading } from './submit';

/** The worker's answer to every request type: one table, used by the worker and by the unit fuzz. */
export function backgroundHandlers(deps: BackgroundDeps): Handlers {
  return {
    'reading/submit': (r, sender) => submitReading(r.reading, deps, sender.tab?.id),
    'glance/get': async () => getGlance(await deps.settings()),
    'panel/get': () => getPanel(deps),
    'history/clear': async () => { await clearHistory(); return { cleared: true as const }; },
    'lint/request': async (r) => ({ findings: await lintForm(r.request, r.productKey, deps) }),
    'lint/batch': async (r) => ({ results: await lintTitles(r.items, deps) }),
    'words/ignore': async (r) => { await ignoreForProduct(r.productKey, r.term, deps); return { saved: true as const }; },
    'words/allow': async (r) => { await allowWord(r.term, deps); return { saved: true as const }; },
    'page/findings': async (r, sender) => {
      if (sender.tab?.id !== undefined) await savePageFindings(sender.tab.id, r.report);
      return { saved: true as const };
    },
    'page/findings/get': async () => ({ reports: await listPageFindings() }),
    'queue/get': async () => ({ queue: await getQueue() }),
    'settings/page': async () => {
      const { language, editor } = await deps.settings();
      return { language, editor: { offHosts: editor.offHosts, snoozeUntil: editor.snoozeUntil } };
    },
    'notices/ack': async (r) => { await ackNotice(r.id); return { acknowledged: true as const }; },
    // Sender and names are already checked (lib/messaging/page-origin.ts, the protocol's enum).
    'chunk/inject': async (r, sender) => {
      const chunks = [...new Set(r.chunks)];
      if (!deps.injectScripts) throw new Error('this worker cannot inject scripts');
      await deps.injectScripts({ tabId: sender.tab!.id!, frameId: sender.frameId ?? 0 }, chunks.map(chunkFile));
      return { injected: chunks };
    },
  };
}
