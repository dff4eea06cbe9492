import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
const root = process.cwd();
const server = createServer((req, res) => {
  const f = join(root, new URL(req.url, 'http://x').pathname);
  let body;
  try {
    body = readFileSync(f);
  } catch {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': extname(f) === '.js' ? 'text/javascript' : 'text/html' });
  res.end(body);
});
await new Promise((r) => server.listen(0, r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(origin + '/test/.ssr/korea.html');
const ssr = await page.evaluate(() => document.querySelector('korea-timeline').shadowRoot.innerHTML);
const page2 = await browser.newPage();
await page2.goto(origin + '/README.md');
const client = await page2.evaluate(async () => {
  document.body.innerHTML = '<korea-timeline></korea-timeline>';
  await import('/cdn/korea-timeline.js');
  const el = document.querySelector('korea-timeline');
  await el.updateComplete;
  return el.shadowRoot.innerHTML;
});
const clean = (s) =>
  s
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/></g, '>\n<');
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/ssr.html', clean(ssr));
writeFileSync('/tmp/client.html', clean(client));
await browser.close();
server.close();
