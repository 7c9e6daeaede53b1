import { editorMessages } from '../i18n/editor';
import { showRefreshNotice } from '../overlay/refresh-notice';
import { LOG_PREFIX } from '../log';

/**
 * The one place content-side features report errors. Each report names its feature. A dead
 * extension context (the extension was updated or reloaded while this tab stayed open) is
 * not a bug: it is told to the merchant once, with the refresh notice, and then nothing more
 * is logged for it. Nothing is swallowed silently.
 */
export type ErrorSink = (feature: string, error: unknown) => void;

const DEAD = /Extension context invalidated|Receiving end does not exist|message port closed|context invalidated/i;

export function isDeadContext(error: unknown): boolean {
  const runtime = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime;
  if (runtime && runtime.id === undefined) return true;
  return DEAD.test(error instanceof Error ? error.message : String(error));
}

export interface ErrorSinkOptions {
  /** Called once when the context is found dead: drop marks and listeners that can no longer work. */
  onDead?: () => void;
  /** The merchant's language, for the refresh notice (the settings can no longer be read then). */
  lang?: () => 'zh' | 'en';
  log?: (line: string, error: unknown) => void;
}

export function createErrorSink(doc: Document, options: ErrorSinkOptions = {}): ErrorSink {
  const log = options.log ?? ((l: string, e: unknown) => console.warn(l, e));
  let toldDead = false;
  return (feature, error) => {
    if (isDeadContext(error)) {
      if (toldDead) return;
      toldDead = true;
      showRefreshNotice(doc, editorMessages(options.lang?.() ?? 'zh'));
      options.onDead?.();
      return;
    }
    log(`${LOG_PREFIX} ${feature}:`, error);
  };
}
