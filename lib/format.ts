/** 2026-11-23 10:42 in the merchant's local time. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function formatScore(v: number | null): string {
  return v === null ? '—' : v.toFixed(2);
}

/** The page a reading came from, as a short readable name, never the raw query string. */
export function pageName(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.pathname}`;
  } catch {
    return '—';
  }
}
