import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

/** The always-on content script (entrypoints/backoffice/index.ts): the page-kind detector. */
const DETECTOR_ENTRYPOINT = 'backoffice';

/** Firefox add-on id: stable across versions so updates and stored data follow the add-on. */
export const GECKO_ID = 'kwaishop-score-copilot@kwaishop-copilot.github.io';

// Least privilege: the back-office hosts only, no access to other sites, no cookie or
// request-interception permissions, no remote code; the extension makes no network requests.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 on every browser: Firefox too, so one background model (event page there) and one manifest shape.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Permissions are added with the feature that needs them, never ahead of it. `sidePanel`
    // is added by WXT for Chromium only; Firefox shows the same page through `sidebar_action`.
    // `scripting`: the worker injects a page's feature chunks where the detector found the page
    // (issue 11); it reaches no host beyond host_permissions.
    permissions: ['storage', 'notifications', 'alarms', 'scripting'],
    host_permissions: ['*://*.kwaixiaodian.com/*'],
    action: { default_title: '__MSG_extActionTitle__' },
    // Keyboard: open the banned-word card for the word at the caret (rebindable in the browser).
    commands: {
      'editor-card-at-caret': { suggested_key: { default: 'Alt+J' }, description: '__MSG_cmdCardAtCaret__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions is read from Firefox 140 on.
              strict_min_version: '140.0',
              // The extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The always-on detector must stay under 10 KB: it talks to the worker through the browser's
    // own promise-based API (chrome.* in Chromium MV3, browser.* in Firefox) instead of carrying
    // the ~10 KB webextension-polyfill, which every other entrypoint keeps.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === DETECTOR_ENTRYPOINT)) return;
      const plain = { find: /^wxt\/browser$/, replacement: resolve('node_modules/wxt/dist/browser.mjs') };
      const alias = config.resolve?.alias;
      const rest = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }));
      config.resolve = { ...config.resolve, alias: [plain, ...rest.filter((a) => String(a.find) !== 'wxt/browser')] };
      // WXT's wrapper around an unlisted script's main() only logs, and in a production build its
      // logger prints nothing: ~450 B of the budget for no behaviour. Load the entry's main() bare.
      config.plugins = [...(config.plugins ?? []), {
        name: 'kwaishop:bare-detector-entry',
        enforce: 'pre',
        load(id: string) {
          const prefix = '\0virtual:wxt-unlisted-script-entrypoint?';
          if (!id.startsWith(prefix)) return undefined;
          return `import { initPlugins } from 'virtual:wxt-plugins';\nimport definition from ${JSON.stringify(id.slice(prefix.length))};\ninitPlugins();\ndefinition.main();\n`;
        },
      }];
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // The detector is the one content script, on every back-office page (see its entry for why
      // it is built as an unlisted script). Feature chunks are injected by the worker, never listed.
      manifest.content_scripts = [{ matches: ['*://*.kwaixiaodian.com/*'], run_at: 'document_idle', js: [`${DETECTOR_ENTRYPOINT}.js`] }];
      const m = manifest as typeof manifest & { sidebar_action?: Record<string, unknown> };
      // WXT copies the popup's <title> into the tooltip; the tooltip follows the browser's language instead.
      if (m.action) m.action.default_title = '__MSG_extActionTitle__';
      if (wxt.config.browser === 'firefox' && m.sidebar_action) {
        m.sidebar_action.default_title = '__MSG_panelTitle__';
        m.sidebar_action.default_icon = { 16: 'icon/16.png', 32: 'icon/32.png' };
        // The merchant opens it from the popup; it should not pop open on install.
        m.sidebar_action.open_at_install = false;
      }
    },
  },
  zip: {
    // Store screenshots are listing assets, not sources the reviewer builds from.
    excludeSources: ['screenshots/**', 'store/**', '.output/**', 'coverage/**'],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { sourcemap: false },
  }),
});
