/** `npm run serve`: only the demo back office, for a browser you start yourself. */
import { startDemoServer } from './server';

const { port } = await startDemoServer(Number(process.env.DEMO_PORT ?? 8787));
console.log(`demo back office on http://127.0.0.1:${port}`);
console.log(`map the back-office hosts to it: chromium --host-resolver-rules="MAP *.kwaixiaodian.com 127.0.0.1:${port}"`);
