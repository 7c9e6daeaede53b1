/**
 * Is the element rendered, as the layout (stylesheets included) decides? Given to the reading kit
 * in a real browser, where a value hidden by a class is no more the page's than one hidden by an
 * attribute. `checkVisibility` is in Chrome 105+ and Firefox 106+; without it, everything counts.
 */
export function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { checkVisibilityCSS: true }) : true;
}
