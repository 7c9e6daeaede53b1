import { browser } from 'wxt/browser';
import { envelopeSchema, responseSchemas, type Request, type RequestType, type ResponseOf } from './protocol';

export class ProtocolError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** Sends one request to the background and checks the answer against the protocol. */
export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) throw new ProtocolError('internal', '后台没有返回有效的应答');
  if (!envelope.data.ok) throw new ProtocolError(envelope.data.error.code, envelope.data.error.message);
  const schema = responseSchemas[request.type as T];
  return schema.parse(envelope.data.data) as ResponseOf<T>;
}
