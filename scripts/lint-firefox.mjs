// Lints the Firefox build with Mozilla's web-ext (the checks addons.mozilla.org runs).
// Fails on any error, and on any warning except those inside bundled third-party code,
// each of which is named here with the evidence that it is not ours.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = '.output/firefox-mv3';

/** Third-party warnings: code, and a snippet that must stand at the reported place. */
const THIRD_PARTY = [
  // Preact's DOM diff applies dangerouslySetInnerHTML; we never pass it (see the i18n test's scan).
  { code: 'UNSAFE_VAR_ASSIGNMENT', library: 'preact', near: 'dangerouslySetInnerHTML' },
];

let out;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', DIR, '--self-hosted=false', '--output=json'], { encoding: 'utf8' });
} catch (error) {
  out = error.stdout; // web-ext exits non-zero when there are errors; the JSON is still on stdout
}
const report = JSON.parse(out.slice(out.indexOf('{')));

function thirdParty(w) {
  if (!w.file) return null;
  const src = readFileSync(join(DIR, w.file), 'utf8').split('\n')[(w.line ?? 1) - 1] ?? '';
  const around = src.slice(Math.max(0, (w.column ?? 0) - 600), (w.column ?? 0) + 200);
  return THIRD_PARTY.find((k) => k.code === w.code && around.includes(k.near)) ?? null;
}

const ours = report.warnings.filter((w) => !thirdParty(w));
const theirs = report.warnings.length - ours.length;
console.log(`web-ext lint ${DIR}: ${report.errors.length} errors, ${report.warnings.length} warnings (${theirs} in bundled third-party code), ${report.notices.length} notices`);
for (const m of [...report.errors, ...ours]) console.log(`  ${m._type} ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
if (report.errors.length || ours.length) process.exit(1);
