import { warn } from '@/lib/log';

/**
 * The content script's own lifetime and navigation, out of the page's reach (issue 16, fault 4).
 *
 * WXT's ContentScriptContext ends itself when it sees a DOM CustomEvent named
 * `<extension id>:<entrypoint>:wxt:content-script-started` from "another copy", and reports SPA
 * navigation as a DOM event `…:wxt:locationchange` carrying `newUrl`. Both are plain DOM events,
 * so a page script can dispatch them too (isTrusted is false for WXT's own as well, so that
 * alone cannot tell them apart). Here:
 * - the script ends only when its APIs are really gone (extension updated or reloaded) or when a
 *   newer copy of this script has started in the same isolated world, which the page cannot see
 *   or write to;
 * - navigation is read from `location` itself; events only prompt a look, and a look that finds
 *   the same URL changes nothing.
 */

const NEWEST = '__kwaishopCopilotNewestCopy';
type IsolatedGlobal = typeof globalThis & { [NEWEST]?: string };

export interface LifetimeContext {
  onInvalidated(cb: () => void): unknown;
}

export function runtimeAlive(): boolean {
  return Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id);
}

/**
 * An AbortSignal that fires when this copy should really stop; `onGone(reason)` says why.
 * `alive` is injectable so tests can simulate an extension update.
 */
export function ownLifetime(ctx: LifetimeContext, onGone: (reason: 'runtime-gone' | 'superseded') => void, alive: () => boolean = runtimeAlive, checkMs = 3_000): AbortSignal {
  const me = Math.random().toString(36).slice(2);
  const g = globalThis as IsolatedGlobal;
  g[NEWEST] = me;
  const controller = new AbortController();
  const end = (reason: 'runtime-gone' | 'superseded') => {
    if (controller.signal.aborted) return;
    clearInterval(poll);
    controller.abort(reason);
    onGone(reason);
  };
  ctx.onInvalidated(() => {
    if (!alive()) return end('runtime-gone');
    // A real newer copy registers itself right after its context starts (same task): look after it.
    setTimeout(() => {
      if (!alive()) end('runtime-gone');
      else if (g[NEWEST] !== me) end('superseded');
      else warn('detector', 'ignored a forged extension event from the page');
    }, 0);
  });
  // WXT notices dead APIs only when one of its wrappers runs (and the detector has no WXT
  // context at all): check for ourselves, cheaply, and for a newer copy in our isolated world.
  const poll = setInterval(() => {
    if (!alive()) end('runtime-gone');
    else if (g[NEWEST] !== me) end('superseded');
  }, checkMs);
  return controller.signal;
}

/** Calls `onChange` with the new URL whenever `location.href` really changed. */
export function watchLocation(win: Window, onChange: (url: URL) => void, signal: AbortSignal, pollMs = 1_000): void {
  let last = win.location.href;
  const look = () => {
    if (signal.aborted) return;
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(new URL(href));
  };
  const onTrusted = (event: Event) => { if (event.isTrusted) look(); };
  win.addEventListener('popstate', onTrusted, { signal });
  win.addEventListener('hashchange', onTrusted, { signal });
  // The Navigation API (Chromium) sees every same-document navigation, pushState included.
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  if (nav?.addEventListener) return nav.addEventListener('currententrychange', onTrusted, { signal });
  // Without it pushState fires no event: a cheap poll of one string covers it, on no other page.
  const poll = setInterval(look, pollMs);
  signal.addEventListener('abort', () => clearInterval(poll), { once: true });
}
