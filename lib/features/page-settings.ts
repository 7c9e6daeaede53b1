import { send } from '../messaging/client';
import type { ResponseOf } from '../messaging/protocol';

/** The settings a page feature works with, as the worker hands them out (already checked there). */
export type PageSettings = ResponseOf<'settings/page'>;

/** Asks the worker; the content side has no settings schema of its own (issue 11). */
export function loadPageSettings(): Promise<PageSettings> {
  return send({ type: 'settings/page' });
}
