import { formatAgo, formatDateTime, translator, type Messages } from '@/lib/i18n';
import { safeHref } from '@/lib/links';

/**
 * When and where a reading was taken: the time in the merchant's locale with how long ago,
 * and the source named as the page the merchant knows, the URL as its link (never printed raw).
 */
export function ReadFrom({ t, readAt, url, page = 'score', now = Date.now(), muted = false }: { t: Messages; readAt: string; url: string; page?: 'score' | 'new-merchant'; now?: number; muted?: boolean }) {
  const tr = translator(t.lang);
  const name = tr(page === 'score' ? 'glance.sourcePage' : 'glance.nmSourcePage');
  // Only an https back-office address becomes a link; anything else is shown as the page's name.
  const href = safeHref(url);
  return (
    <p class={muted ? 'muted' : 'meta'}>
      {tr('glance.readAgo', { when: formatDateTime(t.lang, readAt), ago: formatAgo(t.lang, readAt, now) })}
      {' · '}
      {href ? <a href={href} target="_blank" rel="noopener noreferrer" title={href}>{name}</a> : name}
    </p>
  );
}

/** A shop's name kept whole (a name with a space wraps before or after it, never inside), then its ID. */
export function ShopLine({ t, name, id }: { t: Messages; name: string | null; id: string }) {
  if (!name && id === 'unknown') return null;
  return (
    <p class="shop">
      {name && <span class="shop__name" title={name}>{name}</span>}
      {id !== 'unknown' && id !== name && <span class="shop__id">{name ? ' · ' : ''}{t.shopId(id)}</span>}
    </p>
  );
}
