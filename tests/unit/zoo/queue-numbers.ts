import type { Queue } from '@/lib/engine/queue-schema';

/** A queue as numbers per group, in order: what a truth file's `queue` lists. */
export function queueNumbers(q: Queue) {
  const n = (g: keyof Queue['groups']) => q.groups[g].map((i) => i.number);
  return {
    overdue: n('overdue'), due6h: n('due6h'), due24h: n('due24h'), notPickedUp: n('notPickedUp'), unreadable: n('unreadable'),
    estimated: [...q.groups.overdue, ...q.groups.due6h, ...q.groups.due24h].filter((i) => i.deadlineSource === 'estimate-48h').map((i) => i.number),
  };
}
