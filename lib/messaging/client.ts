import { browser } from 'wxt/browser';
import type { Envelope, Request, RequestType, ResponseOf } from './protocol';

export class ProtocolError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/**
 * Sends one request to the background and returns its answer. No zod here, on purpose: this
 * runs in every content script (the always-on detector among them) and the worker is where
 * trust is decided: it parses every request and checks every answer against the protocol
 * before sending it (lib/messaging/handle.ts). Only the envelope's shape is looked at.
 */
export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseOf<T>> {
  const raw = (await browser.runtime.sendMessage(request)) as Partial<Envelope> | null | undefined;
  if (!raw || typeof raw !== 'object' || typeof raw.ok !== 'boolean') throw new ProtocolError('internal', '后台没有返回有效的应答');
  if (raw.ok === false) throw new ProtocolError(String(raw.error?.code ?? 'internal'), String(raw.error?.message ?? ''));
  return (raw as { data: unknown }).data as ResponseOf<T>;
}
