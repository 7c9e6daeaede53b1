import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_TABLES, formatIcu, MESSAGE_TABLES, translator } from '@/lib/i18n';

const HAN = /[\u3400-\u9fff]/;
// Chinese punctuation that must not show up in an English sentence (「4.31，Below 4.50」).
const CJK_PUNCT = /[，。：；、！？「」『』（）【】]/;

/** Every string a table entry can produce, with sample arguments for the functions. */
function samples(entry: unknown): string[] {
  if (typeof entry === 'string') return [entry];
  if (typeof entry !== 'function') return [];
  const fn = entry as (...args: unknown[]) => string;
  // Arguments of unknown type: try each kind and keep what the function accepts.
  const out: string[] = [];
  for (const arg of [1, 4.5, 'x', true, null]) {
    try {
      const s = fn(...Array(fn.length).fill(arg));
      if (typeof s === 'string') out.push(s);
    } catch { /* this argument kind does not fit the entry */ }
  }
  return out;
}

/** Platform labels an English sentence may quote as the platform writes them (page names, activities). */
const PLATFORM_TERMS = /购物体验分|新商体验分|快分销|语言|界面语言/g;

describe('every string has both languages', () => {
  it('the ICU catalogue has the same keys in zh and en, none empty', () => {
    const zh = Object.keys(CATALOG_TABLES.zh).sort();
    const en = Object.keys(CATALOG_TABLES.en).sort();
    expect(en.filter((k) => !zh.includes(k))).toEqual([]);
    expect(zh.filter((k) => !en.includes(k))).toEqual([]);
    expect(Object.entries(CATALOG_TABLES.en).filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('the popup and panel table has the same keys in zh and en', () => {
    expect(Object.keys(MESSAGE_TABLES.en).sort()).toEqual(Object.keys(MESSAGE_TABLES.zh).sort());
  });

  it('English strings carry no Chinese and no Chinese punctuation beyond platform names', () => {
    const bad: string[] = [];
    for (const [key, v] of Object.entries(CATALOG_TABLES.en)) {
      const bare = v.replace(PLATFORM_TERMS, '');
      if (HAN.test(bare) || CJK_PUNCT.test(bare)) bad.push(key);
    }
    for (const [key, v] of Object.entries(MESSAGE_TABLES.en)) {
      for (const s of samples(v)) {
        const bare = s.replace(PLATFORM_TERMS, '');
        if (HAN.test(bare) || CJK_PUNCT.test(bare)) bad.push(`${key}: ${s}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('plurals and parameters', () => {
  it('English chooses singular and plural by Intl.PluralRules, Chinese has one form', () => {
    const en = translator('en');
    expect(en('words.imported', { n: 1 })).toBe('1 word imported');
    expect(en('words.imported', { n: 3 })).toBe('3 words imported');
    expect(translator('zh')('words.imported', { n: 3 })).toBe('已导入 3 个词语');
    expect(MESSAGE_TABLES.en.partialNote(1)).toBe('1 item could not be read');
    expect(MESSAGE_TABLES.en.partialNote(2)).toBe('2 items could not be read');
  });

  it('supports =0, select and nested parameters, and leaves a missing parameter visible', () => {
    expect(formatIcu('en', '{n, plural, =0 {none} one {# day} other {# days}} left', { n: 0 })).toBe('none left');
    expect(formatIcu('en', '{b, select, true {below {line}} other {ok}}', { b: true, line: '4.50' })).toBe('below 4.50');
    expect(formatIcu('en', 'Hello {name}', {})).toBe('Hello {name}');
  });

  it('the meter speaks the gap in English without Chinese punctuation', () => {
    const t = MESSAGE_TABLES.en;
    const text = t.meterText(t.points('4.31'), '0.19 below the line', t.belowLine(4.5), false);
    expect(text).toBe('4.31, Below 4.50, 0.19 below the line');
  });
});

/** Source files of the surfaces: components/ and entrypoints/ (the in-page overlay is scanned by its own owner). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** The code with comments removed, so a Chinese comment (they explain platform terms) is fine. */
function withoutComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

// Endonyms: a language menu names each language in itself.
const ALLOWED_LITERALS = ['中文'];

describe('no hard-coded Chinese in the UI code', () => {
  it('components/ and entrypoints/ take every Chinese string from lib/i18n', () => {
    const found: string[] = [];
    for (const file of [...sourceFiles('components'), ...sourceFiles('entrypoints')]) {
      withoutComments(readFileSync(file, 'utf8')).split('\n').forEach((line, i) => {
        let rest = line;
        for (const ok of ALLOWED_LITERALS) rest = rest.replaceAll(`>${ok}<`, '><');
        if (HAN.test(rest)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('the scan would catch a hard-coded string', () => {
    const sample = withoutComments("// 注释\nconst label = '导出全部设置';");
    expect(HAN.test(sample)).toBe(true);
    expect(HAN.test(withoutComments('// 注释 only'))).toBe(false);
  });
});
