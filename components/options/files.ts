import { translator, type Translate } from '@/lib/i18n';

/** Saves text as a file through a download link: no downloads permission needed. */
export function download(name: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** Reads an imported file as text, refusing anything too large to be a word list or settings. */
export async function readFile(file: File, tr: Translate = translator()): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: tr('file.tooLarge') };
  return { ok: true, text: await file.text() };
}
