import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // Fixture pages link the demo back office's CSS and script; unit tests never fetch them.
    environmentOptions: { happyDOM: { settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true } } },
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // The machine's 2 cores are shared: the default 5 s limit made the hostile-page test fail under load.
    testTimeout: 20_000,
  },
});
