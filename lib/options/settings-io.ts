import { translator, type Translate } from '../i18n';
import { migrateSettings } from '../store/settings-migrate';
import type { Settings } from '../store/settings-schema';
import type { ParseResult } from './word-list-io';

export function exportSettingsJson(settings: Settings): string {
  return JSON.stringify(settings, null, 2) + '\n';
}

/** Line number of a character offset, for JSON syntax errors. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/**
 * Imports a settings file: JSON syntax errors name the line, schema errors the field; an older
 * version is migrated like stored settings. Nothing is applied unless the whole file is valid.
 */
export function importSettingsJson(text: string, tr: Translate = translator()): ParseResult<Settings> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message)?.[1];
    const lineMatch = /line (\d+)/.exec(message)?.[1];
    const line = lineMatch ? Number(lineMatch) : pos ? lineOf(text, Number(pos)) : 1;
    return { ok: false, errors: [{ line, message: tr('io.badJson', { message }) }] };
  }
  const outcome = migrateSettings(raw);
  if (outcome.status === 'corrupt') return { ok: false, errors: [{ line: 0, message: outcome.problem }] };
  if (outcome.status === 'default') return { ok: false, errors: [{ line: 0, message: tr('io.emptyFile') }] };
  return { ok: true, value: outcome.settings };
}
