import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Field } from '@/lib/compliance/finding';
import { translator, type Messages } from '@/lib/i18n';
import { send } from '@/lib/messaging/client';
import type { ContentRequest } from '@/lib/messaging/content-protocol';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { safeHref } from '@/lib/links';
import { SafeLink } from './SafeLink';
import { warn } from '@/lib/log';

type Reports = ResponseOf<'page/findings/get'>['reports'];

/** The open forms' and lists' findings, kept fresh as tabs report (storage.session changes). */
export function usePageFindings(): Reports {
  const [reports, setReports] = useState<Reports>([]);
  useEffect(() => {
    // A report whose tab has moved on to another page (SPA navigation) is not shown under the new URL.
    const current = async (r: Reports[number]) => {
      const tab = await browser.tabs.get(r.tabId).catch(() => null);
      return !tab?.url || r.kind !== 'editor' || tab.url === r.url;
    };
    const load = () => void send({ type: 'page/findings/get' })
      .then(async (r) => { const keep = await Promise.all(r.reports.map(current)); setReports(r.reports.filter((_, i) => keep[i])); })
      .catch((error: unknown) => warn('page findings', error));
    load();
    const onChanged = (_: unknown, area: string) => { if (area === 'session') load(); };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return reports;
}

/** How many findings the merchant has to look at, for the panel's order (most urgent first). */
export function findingsCount(reports: Reports): number {
  return reports.reduce((n, r) => n + (r.kind === 'editor' ? r.findings.filter((f) => f.start !== f.end).length : r.flagged.length), 0);
}

/**
 * Findings of the open product forms and lists, as lists that work when geometry cannot:
 * choosing a finding brings its tab forward, scrolls to the field and selects the text.
 */
export function PageFindings({ t, reports }: { t: Messages; reports: Reports }) {
  const tr = translator(t.lang);
  const fieldName = (f: Field) => tr(`field.${f}`);
  const editors = reports.filter((r) => r.kind === 'editor' && r.findings.some((f) => f.start !== f.end));
  const lists = reports.filter((r) => r.kind === 'list' && r.flagged.length > 0);
  if (editors.length === 0 && lists.length === 0) return <p class="muted">{tr('words.noneOpen')}</p>;

  const reveal = async (tabId: number, req: ContentRequest) => {
    await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
    await browser.tabs.sendMessage(tabId, req).catch(() => undefined);
  };

  return (
    <>
      {editors.map((r) => (
        <ul key={r.tabId} class="findings" aria-label={t.formFindings}>
          {r.findings.filter((f) => f.start !== f.end).map((f) => (
            <li key={`${f.field}:${f.start}:${f.ruleId}`}>
              <button type="button" class={`finding finding--${f.severity}`} onClick={() => void reveal(r.tabId, { type: 'editor/reveal', field: f.field, start: f.start, end: f.end, text: f.text.slice(0, 200) })}>
                <span class="finding__term">{tr('punct.quote', { x: f.text })}</span>
                <span class="finding__where">{fieldName(f.field)} · {tr(`severity.${f.severity}`)}</span>
              </button>
              <span class="finding__reason">{f.reason}{f.replacements.length ? ` ${t.suggest(f.replacements.slice(0, 3).join(tr('punct.list')))}` : ''}{f.advice.length ? ` ${f.advice[0]}` : ''}</span>
            </li>
          ))}
        </ul>
      ))}
      {lists.map((r) => (
        <ul key={r.tabId} class="findings" aria-label={t.flaggedProducts}>
          {r.flagged.map((p) => (
            <li key={p.id}>
              <span class="finding__term">{p.title}</span>
              <span class="finding__where">{t.flaggedLine(p.count, p.worst, tr(`severity.${p.severity}`))}</span>
              {safeHref(p.editUrl) && <SafeLink href={p.editUrl}>{t.editProduct}<span class="sr-only">{tr('punct.colon')}{p.title}</span></SafeLink>}
            </li>
          ))}
        </ul>
      ))}
    </>
  );
}
