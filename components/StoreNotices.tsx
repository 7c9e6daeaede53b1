import type { Messages } from '@/lib/i18n';
import { pageName } from '@/lib/format';
import type { Notice } from '@/lib/store/notices';

function text(n: Notice, t: Messages): string {
  switch (n.kind) {
    case 'record-set-aside': return t.noticeRecordSetAside(n.key, n.problem);
    case 'settings-reset': return t.noticeSettingsReset(n.problem);
    case 'reading-unsaved': return t.noticeReadingUnsaved(pageName(n.url));
    case 'store-rebuilt': return t.noticeStoreRebuilt;
  }
}

/**
 * What went wrong with stored data, in popup and side panel alike, each until the merchant
 * acknowledges it: nothing vanishes without a word (issue 16, fault 8). `onAck` is the transport.
 */
export function StoreNotices({ notices, t, onAck }: { notices: readonly Notice[]; t: Messages; onAck: (id: string) => void }) {
  if (notices.length === 0) return null;
  return (
    <section class="notice notice--warn" role="alert" aria-labelledby="store-notices-title">
      <h2 id="store-notices-title">{t.noticesTitle}</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.id}>
            {text(n, t)}{' '}
            <button type="button" class="button" onClick={() => onAck(n.id)}>{t.noticeAck}<span class="sr-only">：{text(n, t).slice(0, 20)}</span></button>
          </li>
        ))}
      </ul>
    </section>
  );
}
