/** Navigation chrome repeats labels (a sidebar item 「商品」, a breadcrumb 「购物体验分」) with no values. */
export const CHROME = 'nav, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"], .ant-menu, .ant-breadcrumb, script, style, template, noscript';

/**
 * Chrome and links: a page that only links to another page (the home page's 「查看购物体验分」)
 * is not that page. The always-on detector fences links too for the kinds whose name alone is
 * their evidence, so a mention in a link loads no chunk.
 */
export const CHROME_AND_LINKS = `${CHROME}, a`;

/**
 * Cheap check, run on DOM changes: does the page mention any of these labels outside its
 * menus? The back office's side menu names every page on every page, so a mention there is
 * no evidence; counting occurrences avoids walking the tree.
 */
export function mentionedOutsideChrome(doc: Document, labels: readonly string[], fence: string = CHROME): boolean {
  const body = doc.body;
  if (!body) return false;
  const text = body.textContent ?? '';
  const present = labels.filter((l) => text.includes(l));
  if (present.length === 0) return false;
  const menus = Array.from(body.querySelectorAll(fence)).filter((el) => !el.parentElement?.closest(fence));
  const count = (s: string, label: string) => s.split(label).length - 1;
  return present.some((label) => count(text, label) > menus.reduce((n, el) => n + count(el.textContent ?? '', label), 0));
}
