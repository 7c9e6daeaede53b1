import type { PageKind } from '../pages/hosts';
import type { DetectBy, KindDetector } from '../pages/kinds/detectors';
import type { PageReading } from '../pages/page-reading';
import { CHUNK_NAMES, CHUNKS, type ChunkName } from './chunks';
import { runFeatures, type Feature } from './registry';
import { warn } from '../log';

/**
 * The always-on detector's side of the feature chunks (issue 11). The detector finds the page
 * kinds (route hint or the page's own labels), asks the worker to inject the chunks of those
 * kinds into this frame, and runs each chunk's features once it has attached, with an
 * AbortSignal that ends on SPA navigation. One bounded, debounced MutationObserver watches
 * for late content on behalf of every kind.
 *
 * Chunks run in the same isolated world as the detector (scripting.executeScript's default),
 * so they find the host on a global there, out of the page's reach. The host keeps which
 * chunks it requested and which attached, per document: a chunk is never requested twice,
 * and a chunk injected twice anyway attaches once (the flag is the host's `loaded` entry).
 */

export const HOST_KEY = '__kwaishopCopilotChunkHost';

/** What a chunk gives the host: page features (lib/features/registry.ts) and, for `capture`, the capture. */
export interface ChunkExports {
  features?: readonly Feature[];
  capture?: (doc: Document, url: URL) => unknown;
  /** The extension was updated or reloaded under this page: tell the merchant (refresh notice). */
  onGone?: () => void;
}

export interface ChunkHost {
  /** Filled as chunks attach; a chunk that finds its name here has already run. */
  loaded: Partial<Record<ChunkName, ChunkExports>>;
  attach(name: ChunkName, exports: ChunkExports): void;
}

export type HostGlobal = typeof globalThis & { [HOST_KEY]?: ChunkHost };

/** Late content is looked for this long after a navigation (the back office renders data late). */
export const WATCH_MS = 60_000;
/** A click or change (a tab, a date range) looks again for this long. */
export const REWATCH_MS = 10_000;
/** DOM changes settle this long before the page is looked at again. */
export const DEBOUNCE_MS = 300;
/** The capture chunk answers within this time or the popup is told there is nothing. */
const CAPTURE_WAIT_MS = 5_000;

export interface DetectorDeps {
  win: Window;
  doc: Document;
  /** Ends when this copy of the content script should stop (extension gone or superseded). */
  lifetime: AbortSignal;
  detectors: Partial<Record<PageKind, KindDetector>>;
  detect: (url: URL, doc: Document, detectors: Partial<Record<PageKind, KindDetector>>, by: DetectBy) => PageKind[];
  /** Asks the worker to inject these chunks into this frame. */
  request: (chunks: ChunkName[]) => Promise<unknown>;
  submit: (reading: PageReading) => Promise<void>;
  g?: HostGlobal;
}

export interface Detector {
  /** The page moved (SPA navigation) or first loaded: tear down, then look again. */
  navigate(url: URL): void;
  /** Loads the capture chunk if needed and returns the page's sanitised capture. */
  capture(): Promise<unknown>;
  /** For tests: which kinds were found on the current page, which chunks were requested in this document. */
  readonly state: { kinds: ReadonlySet<PageKind>; requested: ReadonlySet<ChunkName>; running: ReadonlySet<ChunkName>; watching: boolean };
}

export function startDetector(deps: DetectorDeps): Detector {
  const { win, doc, lifetime } = deps;
  const g = deps.g ?? (globalThis as HostGlobal);
  const loaded: ChunkHost['loaded'] = {};
  const requested = new Set<ChunkName>();
  const waiting = new Map<ChunkName, Array<() => void>>();
  const kinds = new Set<PageKind>();
  const wanted = new Set<ChunkName>();
  const running = new Set<ChunkName>();
  let url = new URL(win.location.href);
  let page: AbortController | null = null;

  const run = (name: ChunkName) => {
    const exports = loaded[name];
    if (!exports || !page || running.has(name) || lifetime.aborted) return;
    running.add(name);
    runFeatures(exports.features ?? [], { url, document: doc, signal: page.signal, submit: deps.submit });
  };

  const load = (names: ChunkName[]) => {
    const fresh = names.filter((n) => !requested.has(n) && !loaded[n]);
    if (fresh.length === 0 || lifetime.aborted) return;
    for (const n of fresh) requested.add(n);
    deps.request(fresh).catch((error: unknown) => {
      // Not injected: forget the request so the next look (a change, a navigation) asks again.
      for (const n of fresh) if (!loaded[n]) requested.delete(n);
      warn('detector', 'feature chunks not loaded', fresh, error);
    });
  };

  const host: ChunkHost = {
    loaded,
    attach(name, exports) {
      if (loaded[name] || lifetime.aborted) return;
      loaded[name] = exports;
      if (wanted.has(name)) run(name);
      for (const done of waiting.get(name) ?? []) done();
      waiting.delete(name);
    },
  };
  g[HOST_KEY] = host;

  // One shared watcher for late content, bounded: armed for WATCH_MS after a navigation and
  // REWATCH_MS after a click, debounced, disconnected once every kind is found or on teardown.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let watching = false;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(look, DEBOUNCE_MS);
  });
  const unwatch = () => {
    if (watching) observer.disconnect();
    watching = false;
    clearTimeout(timer);
    clearTimeout(deadline);
  };
  const watch = (ms: number) => {
    if (lifetime.aborted || remaining().length === 0) return;
    clearTimeout(deadline);
    deadline = setTimeout(unwatch, ms);
    if (watching) return;
    watching = true;
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  };
  const remaining = () => (Object.keys(deps.detectors) as PageKind[]).filter((k) => !kinds.has(k));

  // The look at navigation asks routes and labels; every later look (DOM changes) asks the labels
  // only: the routes of the kinds still left already said no for this URL, and running those
  // regular expressions again costs more than the first time (V8 compiles them to native code).
  function look(first?: boolean): void {
    if (lifetime.aborted) return;
    const left = remaining();
    if (left.length === 0) return unwatch();
    const only = Object.fromEntries(left.map((k) => [k, deps.detectors[k]!])) as Partial<Record<PageKind, KindDetector>>;
    const found = deps.detect(url, doc, only, first ? 'both' : 'labels');
    if (found.length === 0) return;
    const names: ChunkName[] = [];
    for (const kind of found) {
      kinds.add(kind);
      for (const name of CHUNK_NAMES) if ((CHUNKS[name].kinds as readonly PageKind[]).includes(kind)) { wanted.add(name); names.push(name); }
    }
    for (const name of names) run(name);
    load(names);
    if (remaining().length === 0) unwatch();
  }

  const rewatch = () => watch(REWATCH_MS);
  doc.addEventListener('click', rewatch, { capture: true, passive: true, signal: lifetime });
  doc.addEventListener('change', rewatch, { capture: true, passive: true, signal: lifetime });
  lifetime.addEventListener('abort', () => {
    unwatch();
    page?.abort();
    if (g[HOST_KEY] === host) delete g[HOST_KEY];
    // Only where a feature was at work: its chunk carries the notice (the detector stays small).
    if (lifetime.reason === 'runtime-gone') Object.values(loaded).find((e) => e.onGone)?.onGone?.();
  }, { once: true });

  return {
    navigate(next) {
      page?.abort();
      if (lifetime.aborted) return;
      page = new AbortController();
      url = next;
      kinds.clear();
      wanted.clear();
      running.clear();
      look(true);
      watch(WATCH_MS);
    },
    capture() {
      const now = () => loaded.capture?.capture?.(doc, new URL(win.location.href)) ?? null;
      if (loaded.capture) return Promise.resolve(now());
      return new Promise((resolve) => {
        const give = setTimeout(() => resolve(null), CAPTURE_WAIT_MS);
        waiting.set('capture', [...(waiting.get('capture') ?? []), () => { clearTimeout(give); resolve(now()); }]);
        load(['capture']);
      });
    },
    state: {
      get kinds() { return kinds; },
      get requested() { return requested; },
      get running() { return running; },
      get watching() { return watching; },
    },
  };
}
