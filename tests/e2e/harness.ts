import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoServer } from '../demo/server';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BACK_OFFICE = 'http://s.kwaixiaodian.com';

/** Flags for Debian's Chromium on a machine with no display and no network but loopback. */
export function chromiumArgs(port: number): string[] {
  return [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    // The demo back office answers for every back-office host, on the real host names.
    `--host-resolver-rules=MAP *.kwaixiaodian.com 127.0.0.1:${port}, MAP kwaixiaodian.com 127.0.0.1:${port}`,
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--no-default-browser-check', '--disable-quic', '--lang=zh-CN',
  ];
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  port: number;
  popup(): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(opts: { userDataDir?: string; port?: number; headless?: boolean } = {}): Promise<Session> {
  const server = opts.port ? null : await startDemoServer(0);
  const port = opts.port ?? server!.port;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'kwaishop-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args: chromiumArgs(port),
    viewport: { width: 1280, height: 860 },
    locale: 'zh-CN',
  });
  // Poll as well as listen: the worker may register between the check and the listener.
  const worker = await waitFor(
    async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 1_000 }).catch(() => undefined)),
    30_000,
    'the extension service worker',
  );
  const extensionId = new URL(worker.url()).host;
  const extensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  return {
    context, extensionId, worker, userDataDir, port,
    popup: () => extensionPage('popup.html'),
    extensionPage,
    async close() {
      await context.close();
      await server?.close();
      if (!opts.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` returns a value (not undefined/false), or fails with the last error. */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Opens the popup (as a tab) once the background has a reading whose overall meter shows. */
export async function popupWithScore(session: Session): Promise<Page> {
  return waitFor(async () => {
    const page = await session.popup();
    const meter = page.getByRole('meter', { name: '购物体验分' });
    if (await meter.count().then((n) => n > 0, () => false)) return page;
    await page.waitForTimeout(300);
    if ((await meter.count()) > 0) return page;
    await page.close();
    return undefined;
  }, 15_000, 'the popup to show a score');
}

export async function meterValue(page: Page, name: string): Promise<number | null> {
  const v = await page.getByRole('meter', { name, exact: true }).getAttribute('aria-valuenow');
  return v === null ? null : Number(v);
}

/** The toolbar badge text, as the merchant sees it on the extension icon. */
export async function badgeText(session: Session): Promise<string> {
  return session.worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
}
