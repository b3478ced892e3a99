// Shared by the end-to-end tests: where the built page is, a static server for dist/,
// the two ways the page is opened (dist/ over http://127.0.0.1 and the one-file
// framescope.html over file://), headless Chromium, and a watch on every page for
// failed or foreign requests and console errors.
//
// Not a test file itself (node --test runs only *.test.mjs here).

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const E2E_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(E2E_DIR, '..');
/** The built page: ../dist, or $FRAMESCOPE_DIST to test a build elsewhere. */
export const DIST = resolve(process.env.FRAMESCOPE_DIST ?? join(ROOT, 'dist'));
export const SINGLE_FILE = join(DIST, 'framescope.html');
export const SCREENSHOTS = join(E2E_DIR, 'screenshots');

/** How long the first view may take: the wasm must be fetched (or decoded) and compiled. */
export const APP_TIMEOUT = 45_000;
/** How long a view may take to follow a click or a hash change. */
export const VIEW_TIMEOUT = 10_000;

/** Why the built page cannot be tested (a clear message), or null when dist/ is built. */
export function distMissing() {
  const missing = [join(DIST, 'index.html'), SINGLE_FILE].filter((p) => !existsSync(p));
  if (missing.length === 0) return null;
  return (
    `the built page is missing (${missing.join(', ')}): ` +
    'run `cargo xtask dist` in the repository root first; the end-to-end tests drive the built page'
  );
}

/**
 * Defines a file's tests with `define()` when dist/ is built; otherwise one failing test
 * that says what is missing (rather than a pile of cancelled ones).
 */
export function whenBuilt(define) {
  const missing = distMissing();
  if (missing) {
    test('the built page is there to test', () => {
      throw new Error(missing);
    });
  } else {
    define();
  }
}

// ---------------------------------------------------------------------------------------
// The corpus, as the manifest gives it: ids, titles, outlets and dates of the articles.

/** Reads corpus/corpus.toml just far enough for the tests (one [[article]] per capture). */
export function readManifest() {
  const text = readFileSync(join(ROOT, 'corpus', 'corpus.toml'), 'utf8');
  const value = (section, key) => {
    const m = section.match(new RegExp(`^${key}\\s*=\\s*(?:\\{\\s*value\\s*=\\s*)?"((?:[^"\\\\]|\\\\.)*)"`, 'm'));
    return m ? m[1].replace(/\\(.)/g, '$1') : undefined;
  };
  return text
    .split(/^\[\[article\]\]\s*$/m)
    .slice(1)
    .map((section) => {
      const known = (v) => (v === undefined || v === 'unknown' ? null : v);
      return {
        id: value(section, 'id'),
        file: value(section, 'file'),
        title: value(section, 'title'),
        outlet: known(value(section, 'outlet')),
        date: known(value(section, 'date')),
      };
    });
}

/** "2013-07" → [2013, 7, null]; an unknown part sorts before any known one, as in the app. */
function dateKey(date) {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m ?? null, d ?? null];
}

function compareParts(a, b) {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (a[i] === null) return -1;
    if (b[i] === null) return 1;
    return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

/**
 * The ids in the order the library shows for `key` and direction: unknown values last
 * either way, ties in manifest order (the app's documented rule).
 */
export function expectedOrder(articles, key, descending) {
  const value = (a) => (key === 'date' ? a.date && dateKey(a.date) : a.outlet && [a.outlet.toLowerCase()]);
  const cmp = (x, y) => {
    const [vx, vy] = [value(x), value(y)];
    if (vx && !vy) return -1;
    if (!vx && vy) return 1;
    if (!vx && !vy) return 0;
    const c = compareParts(vx, vy);
    return descending ? -c : c;
  };
  return [...articles].sort(cmp).map((a) => a.id);
}

/**
 * Distinctive phrases of some captures: words of the article that the clean view must
 * show, and page chrome (comment policies, donation appeals, related links) it must not.
 */
export const PHRASES = {
  'npr-2013-cooperation-closer-look': {
    body: ['This is real meat on the bone.', 'Zeta kingpin Miguel Angel Trevino'],
    chrome: ['Please keep your community civil', 'NPR thanks our sponsors', 'Become an NPR sponsor'],
  },
  'insight-crime-2013-southwest-border-strategy': {
    body: ['National Southwest Border Counternarcotics Strategy', 'displays no sign of this friction'],
    chrome: ['Was this content helpful?', 'Open Position: Social Media and Engagement Strategist', 'All Eyes on Ecuador'],
  },
  'mcclatchy-2012-relations-improve': {
    body: ['cooperation between Mexico and the United States has reached unprecedented levels'],
    chrome: ["MH17 victims' family", "The Miami Herald uses Facebook's commenting system"],
  },
};

// ---------------------------------------------------------------------------------------
// Serving dist/.

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1 on a free port. Returns the base URL (with a trailing slash),
 * every path asked for, and close(), which also drops kept-alive connections.
 */
export async function serveDir(dir = DIST) {
  const root = resolve(dir);
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    requests.push(`${req.method} ${path}`);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end('forbidden');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// ---------------------------------------------------------------------------------------
// The two ways the page is opened.

/**
 * A target: the built page opened one way. `url(hash)` opens a view; `allowed(url)` says
 * whether a request may go there (the page's own origin over http; only file: and data:
 * from disk).
 */
export function httpTarget(server) {
  return {
    name: 'dist/ over http',
    short: 'http',
    url: (hash = '#/') => `${server.url}${hash}`,
    allowed: (url) => url.startsWith(server.origin + '/'),
    server,
  };
}

export function fileTarget() {
  const base = pathToFileURL(SINGLE_FILE).href;
  return {
    name: 'framescope.html over file://',
    short: 'file',
    url: (hash = '#/') => `${base}${hash}`,
    allowed: (url) => url.startsWith('file:') || url.startsWith('data:'),
  };
}

// ---------------------------------------------------------------------------------------
// Chromium.

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Headless Debian Chromium through playwright-core. Playwright gives every launch a fresh
 * temporary user data dir and deletes it on close, and never downloads a browser here.
 */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium (scripts/setup.sh does) or set CHROMIUM`);
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

/**
 * Records everything on `page` that the page must never do: a request outside `target`'s
 * origin, a failed request, an HTTP error, a console error or warning, an uncaught error.
 */
export function watch(page, target) {
  const problems = [];
  const requests = [];
  page.on('request', (r) => {
    requests.push(r.url());
    if (!target.allowed(r.url())) problems.push(`request outside the page's origin: ${r.method()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText ?? 'no reason'})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') {
      const where = m.location()?.url ? ` (${m.location().url}:${m.location().lineNumber})` : '';
      problems.push(`console ${m.type()}: ${m.text()}${where}`);
    }
  });
  page.on('pageerror', (e) => problems.push(`uncaught error: ${e.message}`));
  return { problems, requests };
}

/** Serves dist/ (kind 'http'; else the one file over file://) and starts headless Chromium: { server, target, browser }. */
export async function startChromium(kind) {
  const server = kind === 'http' ? await serveDir() : undefined;
  const target = kind === 'http' ? httpTarget(server) : fileTarget();
  try {
    return { server, target, browser: await launchChromium() };
  } catch (e) {
    await server?.close();
    throw e;
  }
}

/** Closes what startChromium started: the browser, then the server. */
export async function stopChromium({ browser, server } = {}) {
  await browser?.close();
  await server?.close();
}

/** Short form of a URL for messages: data: URLs are long. */
export const shortUrl = (u) => (u.length > 300 ? `${u.slice(0, 297)}...` : u);

/** Waits until the app has drawn a view (a heading in main). */
export async function waitForApp(page) {
  await page.waitForSelector('main#main h1', { state: 'visible', timeout: APP_TIMEOUT });
}

/**
 * Opens `hash` of `target` in a fresh context of `browser`, waits for the app, runs
 * `fn(page, watcher)` and always closes the context. What `watch` recorded is appended to
 * `log` (an array) when one is given, labelled with `label`, for a later test to judge;
 * the functional checks of `fn` stay separate from the page's manners.
 */
export async function withPage(browser, target, hash, fn, { context: contextOptions = {}, log, label = hash } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  context.setDefaultTimeout(VIEW_TIMEOUT);
  let watcher;
  try {
    const page = await context.newPage();
    watcher = watch(page, target);
    await page.goto(target.url(hash), { waitUntil: 'load', timeout: APP_TIMEOUT });
    await waitForApp(page);
    return await fn(page, watcher);
  } finally {
    await context.close();
    if (log && watcher) log.push(...watcher.problems.map((problem) => ({ problem, label })));
  }
}

/** Opens target's library in a fresh watched context (default timeout `timeout` if given) for a tour test: runs fn(page, watcher), always closes the context. */
export async function withTour(browser, target, fn, { timeout } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (timeout !== undefined) context.setDefaultTimeout(timeout);
  try {
    const page = await context.newPage();
    const watcher = watch(page, target);
    await page.goto(target.url('#/'), { waitUntil: 'load', timeout: APP_TIMEOUT });
    await waitForApp(page);
    return await fn(page, watcher);
  } finally {
    await context.close();
  }
}

/**
 * Fails listing every problem recorded: `log` holds `{ problem, label }` entries (see
 * withPage); each problem is listed once, with where it was seen. A URL's port and hash
 * are left out when grouping, so the same fault on different views counts once.
 */
export function assertNoProblems(log) {
  const groups = new Map();
  for (const { problem, label } of log) {
    const key = problem.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT').replace(/#[^\s)]*/g, '#...');
    if (!groups.has(key)) groups.set(key, { problem, labels: new Set() });
    groups.get(key).labels.add(label);
  }
  if (groups.size > 0) {
    const lines = [...groups.values()].map(
      ({ problem, labels }) => {
        const l = [...labels];
        const more = l.length > 3 ? ` and ${l.length - 3} more` : '';
        return `${shortUrl(problem)}\n      seen in: ${l.slice(0, 3).join('; ')}${more}`;
      },
    );
    throw new Error(`the page misbehaved (${groups.size} distinct problem(s)):\n  ${lines.join('\n  ')}`);
  }
}

/** The current location hash of the page. */
export const hashOf = (page) => page.evaluate(() => window.location.hash);

/** Waits until the location hash is `hash`. */
export async function waitForHash(page, hash) {
  await page.waitForFunction((h) => window.location.hash === h, hash, { timeout: VIEW_TIMEOUT });
}

// ---------------------------------------------------------------------------------------
// axe-core. The page's Content-Security-Policy allows no injected <script>, so axe's source
// is evaluated through Playwright (DevTools evaluation is not subject to the page's CSP).

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe (all default rules) with every <details> open; returns how many rules passed and the violations, summarised. */
export async function axeViolations(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return {
      passed: results.passes.length,
      violations: results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
      })),
    };
  });
}

/** axe's violations as lines for an assertion message. */
export const describeViolations = (violations) =>
  violations.map((v) => `[${v.impact}] ${v.rule}: ${v.help}\n      ${v.nodes.join('\n      ')}`).join('\n    ');

/** Checks the page is in colour scheme `scheme`, then that axe ran (10+ rules passed) and found no violation. */
export async function assertAxeClean(page, scheme) {
  const actual = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  assert.equal(actual, scheme, 'the browser reports the colour scheme under test');
  const { passed, violations } = await axeViolations(page);
  assert.ok(passed >= 10, `axe ran (${passed} rules passed)`);
  assert.equal(violations.length, 0, `axe found ${violations.length} violation(s):\n    ${describeViolations(violations)}`);
}

// ---------------------------------------------------------------------------------------
// Search: links and word forms, as the app writes and reads them.

/** A value in a link, as the app encodes it: every byte but A–Z a–z 0–9 - _ . ~ as %XX. */
export const linkEncode = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Ids of the search results, top to bottom. */
export const resultIds = (page) =>
  page.locator('ol[data-testid=results] li[data-testid=result]').evaluateAll((lis) => lis.map((li) => li.dataset.id));

/** Waits until the results view shows `query` (its heading names it) and its summary; returns the summary text. */
export async function waitForResults(page, query) {
  await page.waitForFunction(
    (q) => {
      const h1 = document.querySelector('main section.search h1');
      const summary = document.querySelector('[data-testid=search-summary]');
      const want = q.trim() === '' ? 'Search' : `Search “${q.trim()}”`;
      return h1 && summary && h1.textContent.trim() === want;
    },
    query,
    { timeout: VIEW_TIMEOUT },
  );
  return (await page.textContent('[data-testid=search-summary]')).trim();
}

/** Steps through a reading view's `n` matches with Next and Previous (both wrapping), checking each step with expectCurrent(i, what). */
export async function stepThroughMatches(n, next, previous, expectCurrent) {
  for (let i = 0; i < n; i++) {
    await next.click();
    await expectCurrent(i, `Next ×${i + 1}`);
  }
  await next.click();
  await expectCurrent(0, 'Next after the last (wraps)');
  await previous.click();
  await expectCurrent(n - 1, 'Previous from the first (wraps)');
  await previous.click();
  await expectCurrent(n - 2, 'Previous');
}

/** The hash of the search view for `query`. */
export const searchHash = (query) => `#/search?q=${linkEncode(query)}`;

/** A word as the search compares words: no accents, lower case, no dots, commas, apostrophes or possessive 's. */
export function foldWord(word) {
  let out = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,\u00ad]/g, '')
    .replace(/[’‘ʼ`´]/g, "'");
  if (out.endsWith("'s")) out = out.slice(0, -2);
  return out.replace(/'/g, '');
}

/** Edit distance (insert, delete, substitute) between two strings. */
export function editDistance(a, b) {
  const [x, y] = [[...a], [...b]];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[y.length];
}

/**
 * Whether `word` (as written in the text) is a form of the query word `query`, in any case
 * and accent: the same word, a longer word it starts (the word being typed, or another
 * ending), a word sharing all but its last few letters (another form of it), or a close
 * spelling (1 edit from 5 letters, 2 from 9).
 */
export function wordFormMatches(word, query) {
  const [w, q] = [foldWord(word), foldWord(query)];
  if (!w || !q) return false;
  if (w.startsWith(q)) return true;
  let common = 0;
  while (common < Math.min(w.length, q.length) && w[common] === q[common]) common++;
  if (common >= Math.max(4, q.length - 4)) return true;
  const edits = q.length >= 9 ? 2 : q.length >= 5 ? 1 : 0;
  return editDistance(w, q) <= edits;
}

// ---------------------------------------------------------------------------------------
// CSV (RFC 4180), as the app's downloads write it.

/**
 * Parses CSV text strictly: fields separated by commas, rows by CRLF (or LF), a field in
 * double quotes may hold commas, line breaks and doubled quotes; a quote anywhere else, or
 * text after a closing quote, is an error naming the row. Returns the rows as arrays of
 * strings (a final line break does not start a row).
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let afterQuote = false;
  const fail = (what) => {
    throw new Error(`CSV row ${rows.length + 1}, field ${row.length + 1}: ${what}`);
  };
  const endField = () => {
    row.push(field);
    field = '';
    afterQuote = false;
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        afterQuote = true;
      } else {
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === ',') {
      endField();
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] !== '\n') fail('a carriage return without a line feed');
      if (c === '\r') i += 1;
      endField();
      rows.push(row);
      row = [];
    } else if (c === '"') {
      if (field !== '' || afterQuote) fail('a quote inside an unquoted field');
      quoted = true;
    } else {
      if (afterQuote) fail(`text after a closing quote: ${JSON.stringify(c)}`);
      field += c;
    }
    i += 1;
  }
  if (quoted) fail('a quoted field is not closed');
  if (field !== '' || row.length > 0 || afterQuote) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** The text a `data:` link holds (percent-encoded or base64). */
export function dataUrlText(href) {
  const m = href.match(/^data:([^,]*),(.*)$/s);
  if (!m) throw new Error(`not a data: URL: ${href.slice(0, 80)}`);
  return m[1].split(';').includes('base64') ? Buffer.from(decodeURIComponent(m[2]), 'base64').toString('utf8') : decodeURIComponent(m[2]);
}

/**
 * Waits until the element's box is inside the viewport (the page scrolls smoothly when
 * the reader has not asked for reduced motion, so this takes a moment); fails naming `what`.
 * By default its top must show; with `{ whole: true }` all of it.
 */
export async function waitInViewport(page, selector, what, { whole = false } = {}) {
  try {
    await page.waitForFunction(
      ([css, all]) => {
        const el = document.querySelector(css);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        if (all) return r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1;
        return r.height > 0 && r.top >= -1 && r.top < window.innerHeight - Math.min(r.height, 40);
      },
      [selector, whole],
      { timeout: 5_000 },
    );
  } catch {
    const where = await page.evaluate((css) => {
      const r = document.querySelector(css)?.getBoundingClientRect();
      return r
        ? `top ${Math.round(r.top)} px, bottom ${Math.round(r.bottom)} px with the window ${window.innerHeight} px high, scrollY ${Math.round(window.scrollY)}`
        : 'absent';
    }, selector);
    assert.fail(`${what} is not scrolled into view (${where})`);
  }
}

/** The ids that more than one element of the page carries, as `id="x" ×n` strings. */
export async function duplicateIds(page) {
  const dups = await page.evaluate(() => {
    const count = {};
    for (const el of document.querySelectorAll('[id]')) count[el.id] = (count[el.id] ?? 0) + 1;
    return Object.entries(count).filter(([, n]) => n > 1);
  });
  return dups.map(([id, n]) => `id="${id}" ×${n}`);
}
