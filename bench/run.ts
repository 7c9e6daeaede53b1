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
];

for (const bench of BENCHES) {
  console.log(`\n== ${bench.name} ==`);
  const started = performance.now();
  const mod = await bench.load();
  await mod.run();
  console.log(`(${bench.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
