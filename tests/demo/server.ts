import { createServer, type Server } from 'node:http';
import { readFile, access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyVariant, VARIANTS } from './variants';
import { build } from 'esbuild';
import { renderZoo } from '../fixtures/zoo';

/**
 * The demo back office: fixture pages served as if from s.kwaixiaodian.com. Chromium maps
 * the back-office hosts to this server with --host-resolver-rules, so the extension sees the
 * real host names and its content script's match patterns apply unchanged.
 */
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Route → fixture. `?fixture=<name>` overrides the route, so any page kind can be shown at any path. */
export const ROUTES: Record<string, string> = {
  '/': 'home',
  '/zone/home': 'home',
  '/zone/cultivation/star/shop/star/class': 'score-five',
  '/zone/experience/score': 'score-three',
  '/zone/shop/newmerchant/score': 'new-merchant',
  '/zone/goods/v1/list': 'product-list',
  '/zone/goods/nexus/self/release/add': 'product-new',
  '/zone/goods/config/release/add': 'product-old',
  '/zone/goods/config/release/detail': 'product-old',
  // Today's queue: the order and after-sales lists, their times moved to the present.
  '/zone/order/list': 'zoo-orders-table--today-now',
  '/zone/refund/list': 'zoo-after-sales-table--today-now',
  '/zone/refund/detail': 'zoo-after-sales-detail--today-now',
  // The customer-service workbench (on im.kwaixiaodian.com: the demo answers every host), live; 评价管理.
  '/workbench': 'zoo-im-live--morning-now',
  '/zone/comment/list': 'zoo-reviews-cards--week',
};

const TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8' };

function meta(fragment: string): Record<string, string> {
  const head = /^<!--(.*?)-->/s.exec(fragment.trimStart())?.[1] ?? '';
  return Object.fromEntries(head.split(';').map((kv) => kv.split(':').map((s) => s.trim())).filter((kv) => kv.length === 2) as [string, string][]);
}

/**
 * Demo apps (product form, product list): `tests/fixtures/app/<name>.js`, plain-JS ES modules that
 * import react, react-dom and quill from node_modules, bundled by esbuild on first request and
 * kept in memory for the life of the process (restart to pick up edits). Served at /static/app/.
 */
const APP = join(FIXTURES, 'app');
const bundles = new Map<string, Promise<string>>();

function bundleApp(file: string): Promise<string> {
  let js = bundles.get(file);
  if (!js) {
    js = build({
      entryPoints: [join(APP, file)], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120',
      define: { 'process.env.NODE_ENV': '"production"' }, minify: false, charset: 'utf8', logLevel: 'silent',
    }).then((result) => result.outputFiles[0]!.text);
    js.catch(() => bundles.delete(file));
    bundles.set(file, js);
  }
  return js;
}

async function appAsset(file: string): Promise<{ body: string | Buffer; type: string } | null> {
  if (file === 'quill.snow.css') {
    return { body: await readFile(createRequire(import.meta.url).resolve('quill/dist/quill.snow.css')), type: TYPES['.css']! };
  }
  if (!/^[a-z0-9-]+\.js$/.test(file)) return null;
  try { await access(join(APP, file)); } catch { return null; }
  return { body: await bundleApp(file), type: TYPES['.js']! };
}

export async function renderPage(name: string, fragmentOnly: boolean): Promise<{ html: string; title: string } | null> {
  if (!/^[a-z0-9-]+$/.test(name)) return null;
  let fragment: string;
  const variant = VARIANTS[name];
  const zoo = name.startsWith('zoo-') ? renderZoo(name) : null;
  if (zoo !== null) fragment = zoo;
  else {
    try { fragment = await readFile(join(FIXTURES, `${variant?.base ?? name}.html`), 'utf8'); } catch { return null; }
    if (variant) fragment = applyVariant(name, fragment);
  }
  const m = meta(fragment);
  const content = fragment.replace(/^\s*<!--.*?-->/s, '');
  const title = m.title ?? '快手小店';
  if (fragmentOnly) return { html: content, title };
  const shell = await readFile(join(FIXTURES, 'shell.html'), 'utf8');
  const html = shell.replace(/\{\{(\w+)\}\}/g, (_, key: string) => (key === 'content' ? content : (m[key] ?? '')));
  return { html, title };
}

export function startDemoServer(port = 0): Promise<{ server: Server; port: number; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://s.kwaixiaodian.com');
      if (url.pathname.startsWith('/static/app/')) {
        const asset = await appAsset(url.pathname.slice('/static/app/'.length));
        if (!asset) { res.writeHead(404).end(); return; }
        res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-store' }).end(asset.body);
        return;
      }
      if (url.pathname.startsWith('/static/')) {
        const file = url.pathname.slice('/static/'.length);
        if (!/^[\w.-]+$/.test(file)) { res.writeHead(404).end(); return; }
        const body = await readFile(join(FIXTURES, 'static', file));
        res.writeHead(200, { 'content-type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' }).end(body);
        return;
      }
      const name = url.searchParams.get('fixture') ?? ROUTES[url.pathname.replace(/\/$/, '') || '/'];
      const page = name ? await renderPage(name, req.headers['x-demo-fragment'] === '1') : null;
      if (!page) { res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('demo back office: no such page'); return; }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-demo-title': encodeURIComponent(page.title), 'cache-control': 'no-store' }).end(page.html);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, port: actual, close: () => new Promise<void>((r) => server.close(() => r())) });
    });
  });
}
