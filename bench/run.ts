/**
 * `npm run bench`: runs each benchmark module in order. To add one, export
 * `run(): Promise<void>` from a file in bench/ and list it here.
 */
export {};

const BENCHES: ReadonlyArray<{ name: string; load: () => Promise<{ run: () => Promise<void> }> }> = [
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
for (const bench of BENCHES.filter((b) => !only?.length || only.includes(b.name))) {
  console.log(`\n== ${bench.name} ==`);
  const started = performance.now();
  const mod = await bench.load();
  await mod.run();
  console.log(`(${bench.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
