/**
 * The one rule for turning a URL from data (a reading, a findings report, the rule pack) into a
 * link: https on a kwaixiaodian.com host, or the platform's merchant university the built-in
 * guides point to. Anything else (`javascript:`, `data:`, another site, credentials in the URL)
 * is not a link; the caller shows its text instead (issue 16, fault 9). A back-office URL read
 * over plain http is linked as https: the back office serves nothing else.
 */
const GUIDE_HOSTS = new Set(['university.kuaishou.com']);

function linkableHost(host: string): boolean {
  return host === 'kwaixiaodian.com' || host.endsWith('.kwaixiaodian.com') || GUIDE_HOSTS.has(host);
}

export function safeHref(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || url.length > 2000) return null;
  let u: URL;
  try { u = new URL(url.trim()); } catch { return null; }
  if (u.username || u.password || !linkableHost(u.hostname)) return null;
  if (u.protocol === 'http:' && u.hostname.endsWith('kwaixiaodian.com')) {
    u = new URL(u.href.replace(/^http:/, 'https:'));
    u.port = '';
  } else if (u.protocol !== 'https:') {
    return null;
  }
  return u.href;
}
