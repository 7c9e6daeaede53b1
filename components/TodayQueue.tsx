import { useEffect, useState } from 'preact/hooks';
import { QUEUE_GROUPS, type Queue, type QueueGroup, type QueueItem } from '@/lib/engine/queue-schema';
import { queueTotal } from '@/lib/engine/queue';
import { LOCALES, type Lang } from '@/lib/i18n';
import { queueMessages, type QueueMessages } from '@/lib/i18n/queue';
import { send } from '@/lib/messaging/client';
import { onReadingSaved } from '@/lib/store/changed';
import { SafeLink } from './SafeLink';
import { warn } from '@/lib/log';
import { QueueExtras } from './QueueExtras';

/** The queue as the worker builds it, refreshed each minute (times left move) and when the panel comes back into view. */
export function useQueue(): Queue | null {
  const [queue, setQueue] = useState<Queue | null>(null);
  useEffect(() => {
    const load = () => void send({ type: 'queue/get' }).then((r) => setQueue(r.queue), (error: unknown) => warn('queue', error));
    load();
    const every = setInterval(load, 60_000);
    const onShow = () => { if (document.visibilityState === 'visible') load(); };
    document.addEventListener('visibilitychange', onShow);
    // A list page read while the panel is open shows at once, not at the next minute.
    const off = onReadingSaved((kind) => { if (kind === 'orders' || kind === 'after-sales') load(); });
    return () => { clearInterval(every); document.removeEventListener('visibilitychange', onShow); off(); };
  }, []);
  return queue;
}


function readAgo(readAt: string, now: number, lang: Lang): string {
  const minutes = Math.round((Date.parse(readAt) - now) / 60_000);
  const rtf = new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' });
  return Math.abs(minutes) < 60 ? rtf.format(minutes, 'minute') : Math.abs(minutes) < 48 * 60 ? rtf.format(Math.round(minutes / 60), 'hour') : rtf.format(Math.round(minutes / 1440), 'day');
}

/** What stands beside the number: the time left (and whose line it is), the wait, or why it could not be read. */
function itemFacts(item: QueueItem, q: QueueMessages): string[] {
  const facts: string[] = [];
  if (item.group === 'unreadable') {
    facts.push(item.why ?? (item.missingPart ? q.missing[item.missingPart] : ''));
  } else if (item.minutesLeft !== null) {
    facts.push(q.left(item.minutesLeft));
    if (item.deadlineSource === 'estimate-48h') facts.push(q.estimated);
    if (item.deadlineSource === 'pickup-24h') facts.push(q.pickupLine);
  } else if (item.ageHours !== null) facts.push(q.waited(item.ageHours));
  else facts.push(q.noDeadline);
  if (item.statusShown) facts.push(item.statusShown);
  if (item.products[0]) facts.push(item.products[0]);
  return facts.filter(Boolean);
}

function Group({ group, items, q, lang, now }: { group: QueueGroup; items: QueueItem[]; q: QueueMessages; lang: Lang; now: number }) {
  const id = `queue-${group}`;
  return (
    <section class={`queue-group queue-group--${group}`} aria-labelledby={id}>
      <h4 id={id} class="queue-title">{q.group[group]} <span class="queue-count">{q.count(items.length)}</span></h4>
      <p class="muted">{q.advice[group]}</p>
      <ul class="queue-list" aria-label={q.group[group]}>
        {items.map((item) => (
          <li key={`${item.kind}:${item.number}`}>
            <SafeLink href={item.url}>{item.kind === 'order' ? q.order : q.case} {item.number}</SafeLink>
            {' · '}{itemFacts(item, q).join(' · ')}
            <span class="muted"> · {q.readAt(readAgo(item.readAt, now, lang))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * 「今日待办」: what the merchant's order and after-sales pages showed, grouped by what it costs
 * and most urgent first, each item with its time left and when it was read, and what the queue
 * cannot see. Read-only: the links open the back office, where the merchant acts.
 */
export function TodayQueue({ queue, lang, now = Date.now() }: { queue: Queue; lang: Lang; now?: number }) {
  const q = queueMessages(lang);
  const total = queueTotal(queue);
  const read = queue.unknowns.filter((u) => u.kind === 'never-read').length < 2;
  return (
    <section class="today-queue" aria-label={q.region}>
      <p class="queue-summary">{read ? q.summary(queue.urgent, total) : q.nothingYet}</p>
      <QueueExtras queue={queue} lang={lang} ago={(at) => q.readAt(readAgo(at, now, lang))} />
      {QUEUE_GROUPS.filter((g) => queue.groups[g].length > 0).map((g) => <Group key={g} group={g} items={queue.groups[g]} q={q} lang={lang} now={now} />)}
      <h4 class="queue-title" id="queue-unknowns">{q.unknownsTitle}</h4>
      <ul class="muted" aria-labelledby="queue-unknowns">
        {queue.unknowns.map((u, i) => <li key={i}>{q.unknown(u)}</li>)}
      </ul>
    </section>
  );
}
