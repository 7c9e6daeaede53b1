import { useEffect, useId, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { translator, type Translate } from '@/lib/i18n';

/** Result of checking one field: the value to save, or what is wrong in the merchant's words. */
export type Check<T> = { ok: true; value: T } | { ok: false; error: string };

interface TextSettingProps<T> {
  label: string;
  value: T;
  defaultValue: T;
  format: (v: T) => string;
  check: (text: string) => Check<T>;
  onSave: (v: T) => void;
  hint?: string;
  wide?: boolean;
  tr?: Translate;
}

/**
 * One editable setting: saved on blur or Enter when valid; when not, the reason stands beside
 * the field (aria-invalid + aria-describedby) and nothing is saved. Shows its default and a reset.
 */
export function TextSetting<T>({ label, value, defaultValue, format, check, onSave, hint, wide, tr = translator() }: TextSettingProps<T>) {
  const id = useId();
  const [text, setText] = useState(format(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { setText(format(value)); setError(null); }, [format(value)]);
  const commit = () => {
    const res = check(text);
    if (!res.ok) return setError(res.error);
    setError(null);
    if (format(res.value) !== format(value)) onSave(res.value);
  };
  const isDefault = format(value) === format(defaultValue);
  return (
    <div class={`field ${wide ? 'field--wide' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-err` : ''}`}
        onInput={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      <span id={`${id}-hint`} class="field__hint">{tr('field.default', { value: format(defaultValue) })}{hint ? ` · ${hint}` : ''}</span>
      {!isDefault && <button type="button" class="link-button" onClick={() => onSave(defaultValue)}>{tr('field.reset')}<span class="sr-only">{tr('punct.colon')}{label}</span></button>}
      {error && <p id={`${id}-err`} class="field__error" role="alert">{error}</p>}
    </div>
  );
}

export function Toggle({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (v: boolean) => void; hint?: string }) {
  return (
    <label class="toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>{label}{hint && <span class="field__hint"> · {hint}</span>}</span>
    </label>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="opt-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A number within a range, read from what the merchant typed (full-width digits allowed). */
export function numberIn(min: number, max: number, integer = false, tr: Translate = translator()) {
  return (text: string): Check<number> => {
    const t = text.normalize('NFKC').trim();
    const n = Number(t);
    if (t === '' || !Number.isFinite(n)) return { ok: false, error: tr('check.number') };
    if (integer && !Number.isInteger(n)) return { ok: false, error: tr('check.integer') };
    if (n < min || n > max) return { ok: false, error: tr('check.range', { min, max }) };
    return { ok: true, value: n };
  };
}
