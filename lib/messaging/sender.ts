import { isBackOffice } from '../pages/detect';

/** `frameId`: the frame that sent it (0 for the top frame), where a requested chunk is injected. */
export interface SenderLike { id?: string; url?: string; frameId?: number; tab?: { id?: number; url?: string } }

/**
 * Who sent a message: our content script on a back-office page, one of our extension pages,
 * or someone else (rejected). Pure so it can be tested without a browser.
 */
export function classifySender(sender: SenderLike, runtimeId: string, extensionOrigin: string): 'content' | 'extension' | null {
  if (sender.id !== runtimeId || !sender.url) return null;
  let url: URL;
  try { url = new URL(sender.url); } catch { return null; }
  if (sender.url.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab && isBackOffice(url)) return 'content';
  return null;
}
