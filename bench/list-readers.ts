/**
 * The order-list and after-sales readers in real Chromium: main-thread time of one read on
 * every zoo page of both kinds, and on one table of 5,000 orders and one of 5,000 cases (issue
 * 13: "a list of 5,000 rows is read in bounded time"). The baseline, in the same page, is one
 * plain walk over every element. Printed, never asserted.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { renderZoo, zooPageNames } from '../tests/fixtures/zoo';
import { LAYOUTS as CASE_LAYOUTS } from '../tests/fixtures/zoo/after-sales/layouts';
import { CASES_TODAY } from '../tests/fixtures/zoo/after-sales/truth';
import { LAYOUTS as ORDER_LAYOUTS } from '../tests/fixtures/zoo/orders/layouts';
import { TODAY } from '../tests/fixtures/zoo/orders/truth';
import { CHROMIUM } from '../tests/e2e/harness';

const ROUNDS = 5;
const BIG = 5000;
const median = (v: number[]) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1] ?? Number.NaN; };
type Result = { times: number[]; base: number[]; rows: number; elements: number };
type Kind = 'orders' | 'after-sales';

const bigOrders = () => ORDER_LAYOUTS.table!({ ...TODAY, orders: Array.from({ length: BIG }, (_, k) => ({ ...TODAY.orders[k % TODAY.orders.length]!, no: `4012${String(k).padStart(12, '0')}` })) });
const bigCases = () => CASE_LAYOUTS.table!({ ...CASES_TODAY, cases: Array.from({ length: BIG }, (_, k) => ({ ...CASES_TODAY.cases[k % CASES_TODAY.cases.length]!, no: `SH4${String(k).padStart(11, '0')}` })) });

export async function run(): Promise<void> {
  const bundle = (await build({ entryPoints: ['bench/list-reader-entry.ts'], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', logLevel: 'silent', minify: true })).outputFiles[0]!.text;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    const readHtml = async (kind: Kind, html: string): Promise<Result> => {
      await page.setContent(`<!doctype html><html lang="zh-CN"><body>${html}</body></html>`);
      await page.addScriptTag({ content: bundle });
      return page.evaluate(([k, r]) => (globalThis as unknown as { __bench: { read(k: string, n: number): Result } }).__bench.read(k, r), [kind, ROUNDS] as const);
    };
    console.log('order-list and after-sales readers, one read, main thread, real Chromium (median of', ROUNDS, 'reads per page)');
    for (const kind of ['orders', 'after-sales'] as const) {
      const rs: Result[] = [];
      for (const name of zooPageNames(kind)) rs.push(await readHtml(kind, renderZoo(name)!));
      const meds = rs.map((r) => median(r.times));
      const base = median(rs.map((r) => median(r.base)));
      console.log(`  ${kind.padEnd(11)} ${String(rs.length).padStart(2)} zoo pages: median ${median(meds).toFixed(2)} ms, worst ${Math.max(...rs.flatMap((r) => r.times)).toFixed(2)} ms; plain walk ${base.toFixed(2)} ms; ratio ${(median(meds) / base).toFixed(1)}×`);
      const big = await readHtml(kind, kind === 'orders' ? bigOrders() : bigCases());
      const bm = median(big.times);
      const bb = median(big.base);
      console.log(`  ${kind.padEnd(11)} ${BIG} rows (${big.elements} elements, ${big.rows} read): median ${bm.toFixed(1)} ms, worst ${Math.max(...big.times).toFixed(1)} ms; plain walk ${bb.toFixed(1)} ms; ratio ${(bm / bb).toFixed(1)}×; ${(bm / BIG * 1000).toFixed(1)} µs per row`);
    }
  } finally {
    await browser.close();
  }
}
