import { renderPage } from '../demo/server';

/** A demo back-office page as a Document, the way a content script sees it. */
export async function fixtureDocument(name: string): Promise<Document> {
  const page = await renderPage(name, false);
  if (!page) throw new Error(`no fixture ${name}`);
  // Unit tests read the DOM only: drop the demo's stylesheet and script so nothing is fetched.
  const html = page.html.replace(/<link\b[^>]*>/g, '').replace(/<script\b[^>]*><\/script>/g, '');
  return new DOMParser().parseFromString(html, 'text/html');
}

export function htmlDocument(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}
