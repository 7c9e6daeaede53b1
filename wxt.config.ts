import { defineConfig } from 'wxt';

// Least privilege: the back-office hosts only, no access to other sites, no cookie or
// request-interception permissions, no remote code; the extension makes no network requests.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Permissions are added with the feature that needs them, never ahead of it.
    permissions: ['storage', 'sidePanel', 'notifications', 'alarms'],
    host_permissions: ['*://*.kwaixiaodian.com/*'],
    action: { default_title: '__MSG_extName__' },
    // Keyboard: open the banned-word card for the word at the caret (rebindable in the browser).
    commands: {
      'editor-card-at-caret': { suggested_key: { default: 'Alt+J' }, description: '打开光标处违禁词的提示卡 / Open the banned-word card at the caret' },
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { sourcemap: false },
  }),
});
