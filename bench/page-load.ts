/**
 * What the extension costs a back-office page as it loads, in real Chromium: the always-on
 * detector's and each feature chunk's size (minified and gzip), and main-thread script time per
 * page load (CDP Performance.getMetrics ScriptDuration, which counts the page's scripts and every
 * isolated world's on the renderer's main thread) on the home, score and editor demo pages,
 * without the extension, with the extension as built now, and with the extension as it was at
 * `BEFORE_COMMIT` (one eager content script with every feature and zod), all in the same run.
 * The longest main-thread task (PerformanceObserver 'longtask') is printed next to it: a feature
 * must not hold the page for more than 50 ms at once. Printed, never asserted.
 *
 * ScriptDuration is wall time: on a small shared machine another process taking the CPU inflates
 * it. So the three variants run side by side, each in its own browser, and every round loads each
 * page once in each of them (in a rotating order): whatever slows the machine down during the run
 * falls on all three alike, and the subtraction (variant − no extension) compares like with like.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHUNK_NAMES, chunkFile } from '../lib/features/chunks';
import { startDemoServer } from '../tests/demo/server';
import { BACK_OFFICE, CHROMIUM, EXTENSION_DIR } from '../tests/e2e/harness';

/** main before issue 11: the whole feature set and zod in one content script on every page. */
const BEFORE_COMMIT = 'd375d1f';
const RUNS = Number(process.env.PAGE_LOAD_RUNS ?? 7);
/** Long enough for document_idle, the detector, a chunk's injection and a first read to finish. */
const SETTLE_MS = 2_500;
const PAGES = [
  { name: 'home (not a target)', path: '/zone/home' },
  { name: 'score', path: '/zone/experience/score' },
  { name: 'editor', path: '/zone/goods/nexus/self/release/add' },
] as const;

const median = (v: number[]) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1] ?? Number.NaN; };
/** The middle half of the loads, so a reader sees how much the machine moved under the median. */
const quartiles = (v: number[]) => { const s = [...v].sort((a, b) => a - b); return `${s[s.length >> 2]!.toFixed(1)}–${s[(s.length * 3) >> 2]!.toFixed(1)}`; };
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/**
 * Size of one built script, minified again by esbuild (WXT's own output may not be) and gzipped,
 * UTF-8 as served (as scripts/check-detector.mjs counts it; esbuild's default ASCII escapes would
 * count every Chinese label three times over).
 */
async function sizeOf(file: string): Promise<{ min: number; gz: number }> {
  const code = (await transform(await readFile(file, 'utf8'), { minify: true, charset: 'utf8', logLevel: 'silent' })).code;
  return { min: Buffer.byteLength(code), gz: gzipSync(code, { level: 9 }).length };
}

/** Builds the extension at BEFORE_COMMIT once (sources from git, this checkout's node_modules). */
async function beforeBuild(): Promise<string | null> {
  // Outside node_modules (WXT does not auto-import there) and outside the repo (no test runner finds it).
  const out = join(tmpdir(), `kwaishop-bench-before-${BEFORE_COMMIT}`);
  const ext = join(out, '.output/chrome-mv3');
  if (existsSync(join(ext, 'manifest.json'))) return ext;
  try {
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${BEFORE_COMMIT} | tar -x -C "${out}"`]);
    await symlink(resolve('node_modules'), join(out, 'node_modules'));
    execFileSync(resolve('node_modules/.bin/wxt'), ['build'], { cwd: out, stdio: 'ignore' });
    return ext;
  } catch (error) {
    console.log(`  (could not build ${BEFORE_COMMIT} for the reference: ${String(error).slice(0, 200)})`);
    return null;
  }
}

interface Load { script: number; longest: number }

interface Variant { name: string; dir: string | null }

/** One browser per variant, with the extension (or none) loaded and its worker up. */
async function open(extension: string | null, port: number): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'kwaishop-bench-'));
  const args = [
    `--host-resolver-rules=MAP *.kwaixiaodian.com 127.0.0.1:${port}, MAP kwaixiaodian.com 127.0.0.1:${port}`,
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--no-default-browser-check', '--disable-quic', '--lang=zh-CN',
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : ['--disable-extensions']),
  ];
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args, viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
  const close = async () => { await context.close(); await rm(userDataDir, { recursive: true, force: true }); };
  try {
    // The worker must be up before the first load, or the first page pays for its start.
    if (extension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 30_000 });
    await context.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      try {
        new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration); }).observe({ type: 'longtask', buffered: true });
      } catch { /* no longtask API */ }
    });
    // One warm-up load: the first page of a fresh profile pays for caches, not for the extension.
    const warm = await context.newPage();
    await warm.goto(`${BACK_OFFICE}/zone/home`);
    await warm.waitForTimeout(SETTLE_MS);
    await warm.close();
  } catch (error) {
    await close();
    throw error;
  }
  return { context, close };
}

async function load(context: BrowserContext, path: string): Promise<Load> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${BACK_OFFICE}${path}`);
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const script = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000;
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  await cdp.detach();
  await page.close();
  return { script, longest };
}

/** Every page RUNS times in every variant, interleaved: variant → page → loads. */
async function loads(variants: Variant[], port: number): Promise<Map<string, Map<string, Load[]>>> {
  const browsers: Array<Awaited<ReturnType<typeof open>>> = [];
  const out = new Map(variants.map((v) => [v.name, new Map<string, Load[]>()]));
  try {
    for (const v of variants) browsers.push(await open(v.dir, port));
    for (let run = 0; run < RUNS; run++) {
      for (const p of PAGES) {
        for (let k = 0; k < variants.length; k++) {
          const i = (k + run) % variants.length;
          const byPage = out.get(variants[i]!.name)!;
          byPage.set(p.name, [...(byPage.get(p.name) ?? []), await load(browsers[i]!.context, p.path)]);
        }
      }
    }
  } finally {
    for (const b of browsers) await b.close();
  }
  return out;
}

async function printSizes(dir: string, label: string, sizes: string[] = []): Promise<number | null> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js: string[] }[] };
  const always = (manifest.content_scripts ?? []).flatMap((c) => c.js);
  let alwaysMin = 0;
  console.log(`${label}: scripts in the manifest's content_scripts (on every back-office page)`);
  for (const f of always) {
    const s = await sizeOf(join(dir, f));
    alwaysMin += s.min;
    sizes.push(`${f} ${kb(s.min)} (${kb(s.gz)} gzip)`);
    console.log(`  ${f.padEnd(40)} ${kb(s.min).padStart(9)} minified  ${kb(s.gz).padStart(8)} gzip`);
  }
  // Chunks are listed by the worker's own table (lib/features/chunks.ts), built at the extension root.
  const chunks = CHUNK_NAMES.map((name) => chunkFile(name).slice(1)).filter((f) => existsSync(join(dir, f)));
  if (chunks.length) {
    console.log(`${label}: feature chunks (injected only where the detector matched)`);
    for (const f of chunks) {
      const s = await sizeOf(join(dir, f));
      sizes.push(`${f.replace(/\.js$/, '')} ${kb(s.min)}`);
      console.log(`  ${f.padEnd(40)} ${kb(s.min).padStart(9)} minified  ${kb(s.gz).padStart(8)} gzip`);
    }
  }
  return always.length ? alwaysMin : null;
}

export async function run(): Promise<string[]> {
  const summary: string[] = [];
  const before = await beforeBuild();
  const sizes: string[] = [];
  const nowMin = await printSizes(EXTENSION_DIR, 'now', sizes);
  summary.push(`always-on detector: ${sizes[0] ?? '?'}; feature chunks: ${sizes.slice(1).join(', ') || 'none'}`);
  if (before) await printSizes(before, `before (${BEFORE_COMMIT})`);
  console.log(`goal: always-on script ≤ 10 KB minified: ${nowMin !== null && nowMin <= 10 * 1024 ? 'met' : 'NOT met'} (${nowMin === null ? '?' : kb(nowMin)})`);

  const server = await startDemoServer(0);
  try {
    const variants: Variant[] = [
      { name: 'no extension', dir: null },
      ...(before ? [{ name: `before (${BEFORE_COMMIT})`, dir: before }] : []),
      { name: 'now', dir: EXTENSION_DIR },
    ];
    const results = await loads(variants, server.port);
    console.log(`\nmain-thread script time per page load, median of ${RUNS} loads, the variants interleaved (ScriptDuration; extension = median with − median without)`);
    const base = results.get('no extension')!;
    for (const p of PAGES) {
      const b = median(base.get(p.name)!.map((l) => l.script));
      console.log(`  ${p.name}: no extension ${b.toFixed(1)} ms (middle half ${quartiles(base.get(p.name)!.map((l) => l.script))})`);
      const extra: Record<string, number> = {};
      for (const v of variants.slice(1)) {
        const l = results.get(v.name)!.get(p.name)!;
        const m = median(l.map((x) => x.script));
        extra[v.name] = Math.max(0, m - b);
        const longest = Math.max(...l.map((x) => x.longest));
        console.log(`    ${v.name.padEnd(18)} ${m.toFixed(1).padStart(7)} ms (${quartiles(l.map((x) => x.script))})  with / without ${(m / b).toFixed(2).padStart(6)}×  extension ${extra[v.name]!.toFixed(1).padStart(6)} ms  longest task ${longest.toFixed(0)} ms`);
        if (v.dir === EXTENSION_DIR) summary.push(`${p.name}: ${m.toFixed(1)} ms with the extension, ${b.toFixed(1)} ms without (${(m / b).toFixed(2)}×, extension ${extra[v.name]!.toFixed(1)} ms); longest task ${longest.toFixed(0)} ms`);
      }
      const was = before ? extra[`before (${BEFORE_COMMIT})`] : undefined;
      if (was !== undefined) console.log(`    extension now / before: ${was > 0 ? (extra.now! / was).toFixed(3) : 'n/a'} (1/${extra.now! > 0 ? (was / extra.now!).toFixed(0) : '∞'})`);
    }
    const home = PAGES[0].name;
    const was = before ? median(results.get(`before (${BEFORE_COMMIT})`)!.get(home)!.map((x) => x.script)) - median(base.get(home)!.map((x) => x.script)) : Number.NaN;
    const now = Math.max(0, median(results.get('now')!.get(home)!.map((x) => x.script)) - median(base.get(home)!.map((x) => x.script)));
    console.log(`goal: on a non-target page extension script time ≤ 1/20 of before: ${Number.isFinite(was) ? (now <= was / 20 ? 'met' : 'NOT met') : 'no reference'} (${now.toFixed(1)} ms vs ${was.toFixed(1)} ms)`);
    summary.push(`non-target page: extension ${now.toFixed(1)} ms vs ${was.toFixed(1)} ms before (1/${now > 0 ? (was / now).toFixed(0) : '∞'}; goal ≤ 1/20: ${Number.isFinite(was) ? (now <= was / 20 ? 'met' : 'NOT met') : 'no reference'})`);
    const longestNow = Math.max(...PAGES.slice(1).flatMap((p) => results.get('now')!.get(p.name)!.map((x) => x.longest)));
    const longestBase = Math.max(...PAGES.slice(1).flatMap((p) => base.get(p.name)!.map((x) => x.longest)));
    console.log(`goal: no task over 50 ms on target pages: ${longestNow <= 50 || longestNow <= longestBase ? 'met' : 'NOT met'} (longest ${longestNow.toFixed(0)} ms with the extension, ${longestBase.toFixed(0)} ms without)`);
    summary.push(`longest task on target pages: ${longestNow.toFixed(0)} ms with the extension, ${longestBase.toFixed(0)} ms without`);
  } finally {
    await server.close();
  }
  return summary;
}
