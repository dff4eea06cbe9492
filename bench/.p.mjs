import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { chromium } from 'playwright-core';
const root = '/work/main';
const server = createServer((q, r) => { const f = join(root, new URL(q.url, 'http://x').pathname); if (!existsSync(f)) return r.writeHead(404).end(); r.writeHead(200, { 'Content-Type': { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' }[extname(f)] ?? 'text/plain' }); r.end(readFileSync(f)); });
await new Promise((res) => server.listen(0, '127.0.0.1', res));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const data = JSON.parse(readFileSync(join(root, 'events/korea.json'), 'utf8'));
const N = Number(process.env.N ?? 0);
const dataset = N ? (await import('/work/main/bench/synthetic.mjs')).synthetic(N, 1) : data;
const totals = new Map(); let renders = [];
for (let s = 0; s < 8; s++) {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/pages/.dev.html`);
  await page.waitForFunction(() => window.benchReady);
  await page.evaluate((d) => (window.benchData = d), dataset);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const ms = await page.evaluate(async () => { const t0 = performance.now(); await window.bench.render(window.benchData); return performance.now() - t0; });
  const { profile } = await cdp.send('Profiler.stop');
  renders.push(ms);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas; const counts = new Map();
  profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
  for (const [id, us] of counts) { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; totals.set(key, (totals.get(key) ?? 0) + us / 1000 / 5); }
  await page.close();
}
console.log('render ms', renders.map((x) => x.toFixed(1)).join(' '));
console.log([...totals].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(2)}  ${k}`).join('\n'));
await browser.close(); server.close();
