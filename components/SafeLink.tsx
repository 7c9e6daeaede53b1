import type { ComponentChildren } from 'preact';
import { safeHref } from '@/lib/links';

/**
 * Every link whose URL comes from data (a reading, a findings report, the rule pack): a link
 * only when lib/links.ts allows the URL, otherwise its text alone, never a `javascript:` href.
 */
export function SafeLink({ href, title, children }: { href: string | null | undefined; title?: string; children: ComponentChildren }) {
  const safe = safeHref(href);
  if (!safe) return <span title={title}>{children}</span>;
  return <a href={safe} target="_blank" rel="noopener noreferrer" title={title}>{children}</a>;
}
