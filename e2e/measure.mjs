// Measures what the README and closing notes report: the wasm size (raw and gzipped) and
// the time from opening dist/framescope.html (file://) or dist/ (http) to the library being
// shown, as the median of several cold page loads in headless Chromium.
// Usage: node measure.mjs [runs]   (after `cargo xtask dist`)
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { join, extname } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = new URL('../dist/', import.meta.url).pathname;
const runs = Number(process.argv[2] ?? 7);
const wasmName = readdirSync(dist).find((f) => f.endsWith('.wasm'));
const wasm = readFileSync(join(dist, wasmName));
const single = readFileSync(join(dist, 'framescope.html'));
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`wasm: ${kb(wasm.length)} raw, ${kb(gzipSync(wasm, { level: 9 }).length)} gzipped (${wasmName})`);
console.log(`framescope.html: ${kb(single.length)} raw, ${kb(gzipSync(single, { level: 9 }).length)} gzipped`);

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
  const path = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html');
  try {
    const body = readFileSync(statSync(path).isDirectory() ? join(path, 'index.html') : path);
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [label, url] of [['file://dist/framescope.html', pathToFileURL(join(dist, 'framescope.html')).href], ['http dist/', base]]) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    // From navigation start to the first library row in the DOM, by the page's own clock.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid=article-row]')) {
          window.__libraryShown = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true });
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('[data-testid=article-row]');
    times.push(await page.evaluate(() => window.__libraryShown));
    await context.close();
  }
  console.log(`${label}: library shown after ${median(times).toFixed(0)} ms (median of ${runs}; min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
}
await browser.close();
server.close();
