/**
 * A small ICU MessageFormat subset, enough for our tables and no dependency:
 *   {name}                                   the parameter as text (numbers through Intl.NumberFormat)
 *   {n, plural, =0 {…} one {# day} other {# days}}   categories from Intl.PluralRules; # is n
 *   {kind, select, a {…} other {…}}          choice by value
 * Unknown parameters stay visible as {name}, so a missing value shows in review, never as "undefined".
 */
export type Params = Record<string, string | number | boolean | null | undefined>;

interface Cursor { s: string; i: number }

function readBlock(c: Cursor): string {
  // c.s[c.i] === '{' : returns the text inside the matching braces and moves past them.
  let depth = 0;
  const start = c.i + 1;
  for (; c.i < c.s.length; c.i++) {
    if (c.s[c.i] === '{') depth++;
    else if (c.s[c.i] === '}' && --depth === 0) { c.i++; return c.s.slice(start, c.i - 1); }
  }
  throw new Error(`Unbalanced braces in message: ${c.s}`);
}

function options(body: string): Map<string, string> {
  const out = new Map<string, string>();
  const c: Cursor = { s: body, i: 0 };
  while (c.i < body.length) {
    const m = /^\s*([^\s{]+)\s*/.exec(body.slice(c.i));
    if (!m) break;
    c.i += m[0].length;
    if (body[c.i] !== '{') break;
    out.set(m[1]!, readBlock(c));
  }
  return out;
}

function show(locale: string, v: Params[string]): string {
  if (typeof v === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(v);
  return v === null || v === undefined ? '' : String(v);
}

export function formatIcu(locale: string, pattern: string, params: Params = {}, hash?: string): string {
  let out = '';
  const c: Cursor = { s: pattern, i: 0 };
  while (c.i < pattern.length) {
    const ch = pattern[c.i]!;
    if (ch === '#' && hash !== undefined) { out += hash; c.i++; continue; }
    if (ch !== '{') { out += ch; c.i++; continue; }
    const inner = readBlock(c);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    if (!(name in params)) { out += `{${name}}`; continue; }
    const value = params[name];
    if (comma < 0) { out += show(locale, value); continue; }
    const rest = inner.slice(comma + 1);
    const comma2 = rest.indexOf(',');
    const kind = rest.slice(0, comma2).trim();
    const opts = options(rest.slice(comma2 + 1));
    if (kind === 'plural') {
      const n = Number(value);
      const branch = opts.get(`=${n}`) ?? opts.get(new Intl.PluralRules(locale).select(n)) ?? opts.get('other') ?? '';
      out += formatIcu(locale, branch, params, show(locale, n));
    } else {
      out += formatIcu(locale, opts.get(String(value)) ?? opts.get('other') ?? '', params, hash);
    }
  }
  return out;
}
