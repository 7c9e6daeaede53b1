import { z } from 'zod';
import { ALLOWED, requestSchema, responseSchemas, type Envelope, type Request, type RequestType, type ResponseOf } from './protocol';
import { pageOriginProblem } from './page-origin';
import { classifySender, type SenderLike } from './sender';

export type Handlers = { [T in RequestType]: (request: Extract<Request, { type: T }>, sender: SenderLike) => Promise<ResponseOf<T>> };

/**
 * Parses, authorises and dispatches one message. Pure apart from the handlers it is given,
 * so the whole protocol path is unit-tested without a browser.
 */
export async function handleMessage(message: unknown, sender: SenderLike, env: { runtimeId: string; origin: string }, handlers: Handlers): Promise<Envelope> {
  try {
    return await dispatch(message, sender, env, handlers);
  } catch (error) {
    // Total: whatever arrives (a getter that throws, a sender of the wrong shape), the answer is typed.
    return { ok: false, error: { code: 'internal', message: String(error).slice(0, 300) } };
  }
}

async function dispatch(message: unknown, sender: SenderLike, env: { runtimeId: string; origin: string }, handlers: Handlers): Promise<Envelope> {
  const who = classifySender(sender, env.runtimeId, env.origin);
  if (!who) return { ok: false, error: { code: 'forbidden', message: 'sender not allowed' } };
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: { code: 'bad-request', message: z.prettifyError(parsed.error).slice(0, 500) } };
  const request = parsed.data;
  if (!ALLOWED[who].includes(request.type)) return { ok: false, error: { code: 'forbidden', message: `${request.type} not allowed from ${who}` } };
  const wrongPage = pageOriginProblem(request, sender, who);
  if (wrongPage) return { ok: false, error: { code: 'forbidden', message: wrongPage } };
  try {
    const handler = handlers[request.type] as (r: Request, s: SenderLike) => Promise<unknown>;
    // The worker checks its own answer: senders (content scripts without zod) trust what comes back.
    const answer = responseSchemas[request.type].safeParse(await handler(request, sender));
    if (!answer.success) return { ok: false, error: { code: 'internal', message: `answer to ${request.type} does not fit the protocol: ${z.prettifyError(answer.error).slice(0, 300)}` } };
    return { ok: true, data: answer.data };
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: String(error).slice(0, 300) } };
  }
}
