/** A path as the merchant reads it; a malformed escape (%E4%B8) never throws, it stays as it is. */
export function readablePath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}
