import { defineConfig } from 'wxt';

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
    permissions: ['storage', 'notifications', 'alarms'],
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
    'build:manifestGenerated': (wxt, manifest) => {
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
