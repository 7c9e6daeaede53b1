export interface WatchOptions { debounceMs: number; maxMs: number }

/**
 * Calls `onChange` once now and again after DOM changes settle, for at most `maxMs`:
 * SPA pages render their data late, but a reader must not watch a page forever.
 */
export function watchDom(doc: Document, onChange: () => void, signal: AbortSignal, { debounceMs, maxMs }: WatchOptions): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
  };
  const deadline = setTimeout(stop, maxMs);
  signal.addEventListener('abort', stop, { once: true });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  onChange();
}
