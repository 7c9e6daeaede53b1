/**
 * `npm run bench`: runs each benchmark module in order. To add one, export
 * `run(): Promise<string[] | void>` from a file in bench/ and list it here; the lines it
 * returns are its headline figures, printed together at the end so the engine's ratios
 * and the page-load costs can be read side by side.
 */
export {};

const BENCHES: ReadonlyArray<{ name: string; load: () => Promise<{ run: () => Promise<string[] | void> }> }> = [
  { name: 'compliance', load: () => import('./compliance') },
  { name: 'hostile', load: () => import('./hostile') },
  // Needs `npm run build` first (it loads .output/chrome-mv3 into Chromium).
  { name: 'editor', load: () => import('./editor') },
  { name: 'readers', load: () => import('./readers') },
  { name: 'list-readers', load: () => import('./list-readers') },
  // Needs the build too: the detector, the feature chunks and page-load cost against before.
  { name: 'page-load', load: () => import('./page-load') },
];

// `BENCH=page-load npm run bench` runs only the named benchmarks (comma-separated).
const only = process.env.BENCH?.split(',').map((s) => s.trim()).filter(Boolean);
const summary: Array<{ name: string; lines: string[] }> = [];
for (const bench of BENCHES.filter((b) => !only?.length || only.includes(b.name))) {
  console.log(`\n== ${bench.name} ==`);
  const started = performance.now();
  const mod = await bench.load();
  const lines = await mod.run();
  if (lines?.length) summary.push({ name: bench.name, lines });
  console.log(`(${bench.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

if (summary.length) {
  console.log('\n== summary (ratios within this run) ==');
  for (const { name, lines } of summary) {
    console.log(name);
    for (const line of lines) console.log(`  ${line}`);
  }
}
