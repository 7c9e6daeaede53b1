/**
 * Issue 16's hostile figures: seeded hostile messages through the worker's real handler and the
 * storage corruptions, on fake-indexeddb and WXT's fake browser (tests/support/hostile-fuzz.ts,
 * the same corpus the unit suite asserts on). Prints counts; times only as figures.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export async function run(): Promise<void> {
  // The extension code reads `browser` when its modules load: install the fake first.
  Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
  const { runHostileMessages, runStorageCorruptions } = await import('../tests/support/hostile-fuzz');
  const quiet = console.warn;
  console.warn = () => undefined; // the worker logs every rejection it survives
  try {
    const started = performance.now();
    const m = await runHostileMessages(16, 360);
    const messagesMs = performance.now() - started;
    const s = await runStorageCorruptions(16);
    console.log(`hostile messages: ${m.sent} sent, ${m.mustReject} must be rejected, ${m.rejectedTyped} rejected with a typed rejection, ${m.answeredOtherwise} answered otherwise, ${m.writesByRejected} writes by rejected messages, ${m.throws} throws`);
    console.log(`  good ones among them: ${m.accepted} accepted (unknown keys stripped, ${m.leaks} leaks), ${m.goodRefused} refused; ${(messagesMs / m.sent).toFixed(2)} ms per message`);
    console.log(`storage corruptions: ${s.cases} cases, ${s.healed} healed, ${s.told}/${s.mustTell} told in popup and panel, ${s.throws} throws`);
    for (const failure of [...m.failures, ...s.failures].slice(0, 20)) console.log(`  ! ${failure}`);
  } finally {
    console.warn = quiet;
  }
}
