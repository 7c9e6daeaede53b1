// Post-build check of the always-on detector (issue 11): the manifest lists exactly one content
// script, it is at most 10 KB minified (re-minified here with esbuild, UTF-8 as served), and it
// carries no zod and no webextension-polyfill; every feature chunk it can ask for was built, and
// none of them carries zod either (the worker parses what they send).
// Run by `npm test` after `npm run build`; exits non-zero with the reason when a check fails.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';

const DIR = process.argv[2] ?? '.output/chrome-mv3';
const LIMIT = 10 * 1024;
/** Strings that only zod's runtime or the polyfill carry. */
const FORBIDDEN = [['zod', /\$ZodType|ZodError|_zod\b/], ['webextension-polyfill', /This script should only be loaded in a browser extension/]];

const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
const problems = [];
if (scripts.length !== 1) problems.push(`the manifest lists ${scripts.length} content scripts, not one: ${scripts.join(', ')}`);
for (const file of scripts) {
  const source = readFileSync(join(DIR, file), 'utf8');
  const { code } = await transform(source, { minify: true, charset: 'utf8', logLevel: 'silent' });
  const min = Buffer.byteLength(code);
  console.log(`${file}: ${min} B minified, ${gzipSync(code, { level: 9 }).length} B gzip (limit ${LIMIT} B)`);
  if (min > LIMIT) problems.push(`${file} is ${min} B minified, over the ${LIMIT} B budget`);
  for (const [name, re] of FORBIDDEN) if (re.test(source)) problems.push(`${file} carries ${name}`);
}
const table = readFileSync('lib/features/chunks.ts', 'utf8');
const rows = [...table.slice(table.indexOf('export const CHUNKS'), table.indexOf('} as const')).matchAll(/^\s+'?([a-z-]+)'?: \{ kinds:/gm)].map((m) => m[1]);
if (rows.length === 0) problems.push('no chunk rows found in lib/features/chunks.ts');
for (const name of rows) {
  const file = join(DIR, `chunk-${name}.js`);
  if (!existsSync(file)) { problems.push(`chunk ${name} was not built (entrypoints/chunk-${name}.ts)`); continue; }
  // Readers send plain data and the worker parses it: zod in a chunk is dead weight on the page.
  if (FORBIDDEN[0][1].test(readFileSync(file, 'utf8'))) problems.push(`chunk ${name} carries zod`);
}
if (problems.length) {
  for (const p of problems) console.error(`check-detector: ${p}`);
  process.exit(1);
}
console.log(`check-detector: ok (${rows.length} feature chunks built)`);
