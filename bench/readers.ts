/**
 * Page readers in real Chromium: main-thread time of one read on every score zoo page, on
 * mutated zoo pages (the fuzz set), and on pages grown to 5,000 elements, 2,500 levels deep
 * (Chromium's renderer itself crashes near 5,000) and 1 MB of text. The baseline, in the same page, is one plain walk over every element. Printed,
 * never asserted.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { zooPageNames } from '../tests/fixtures/zoo';
import { startDemoServer } from '../tests/demo/server';
import { CHROMIUM } from '../tests/e2e/harness';

const ROUNDS = 7;
const FUZZ = 60;
const median = (v: number[]) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1] ?? Number.NaN; };
type Result = { times: number[]; base: number[]; status: string; elements: number };

export async function run(): Promise<void> {
  const bundle = (await build({ entryPoints: ['bench/reader-entry.ts'], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', logLevel: 'silent', minify: true })).outputFiles[0]!.text;
  const server = await startDemoServer(0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    const open = async (name: string) => { await page.goto(`http://127.0.0.1:${server.port}/zone/experience/score?fixture=${name}`); await page.addScriptTag({ content: bundle }); };
    const read = () => page.evaluate((r) => (globalThis as unknown as { __bench: { read(n: number): Result } }).__bench.read(r), ROUNDS);
    const rows: Array<{ set: string; name: string; r: Result }> = [];
    const zoo = zooPageNames('score');
    for (const name of zoo) { await open(name); rows.push({ set: 'zoo', name, r: await read() }); }
    for (let seed = 1; seed <= FUZZ; seed++) {
      await open(zoo[seed % zoo.length]!);
      await page.evaluate((s) => (globalThis as unknown as { __bench: { mutate(n: number): unknown } }).__bench.mutate(s), seed);
      rows.push({ set: 'fuzz', name: `seed ${seed}`, r: await read() });
    }
    for (const [kind, n, label] of [['wide', 5000, '5,000-element page'], ['deep', 2500, '2,500 levels deep'], ['text', 1_000_000, '1 MB of text']] as const) {
      await open(zoo[0]!);
      await page.evaluate(([k, m]) => (globalThis as unknown as { __bench: { grow(k: string, n: number): void } }).__bench.grow(k, m), [kind, n] as const);
      rows.push({ set: 'grown', name: label, r: await read() });
    }
    console.log('score reader, one read, main thread, real Chromium (median of', ROUNDS, 'reads per page)');
    for (const set of ['zoo', 'fuzz', 'grown']) {
      const mine = rows.filter((x) => x.set === set);
      const meds = mine.map((x) => median(x.r.times));
      const worst = Math.max(...mine.map((x) => Math.max(...x.r.times)));
      const base = median(mine.map((x) => median(x.r.base)));
      console.log(`  ${set.padEnd(5)} ${String(mine.length).padStart(3)} pages: median ${median(meds).toFixed(2)} ms, worst ${worst.toFixed(2)} ms; plain walk ${base.toFixed(2)} ms; ratio ${(median(meds) / base).toFixed(1)}×`);
    }
    for (const x of rows.filter((r) => r.set === 'grown')) console.log(`    ${x.name.padEnd(20)} ${String(x.r.elements).padStart(6)} elements: median ${median(x.r.times).toFixed(2)} ms, worst ${Math.max(...x.r.times).toFixed(2)} ms (${x.r.status})`);
    const five = rows.find((r) => r.name === '5,000-element page')!;
    const worstAll = Math.max(...rows.map((x) => Math.max(...x.r.times)));
    console.log(`goal: under 50 ms on a 5,000-element page: ${Math.max(...five.r.times) < 50 ? 'met' : 'NOT met'} (${Math.max(...five.r.times).toFixed(2)} ms worst)`);
    console.log(`goal: under 200 ms on any page: ${worstAll < 200 ? 'met' : 'NOT met'} (${worstAll.toFixed(2)} ms worst)`);
  } finally {
    await browser.close();
    await server.close();
  }
}
