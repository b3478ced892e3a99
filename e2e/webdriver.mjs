// A minimal W3C WebDriver client over fetch, enough to drive headless Firefox through
// geckodriver: start the driver, open a session, navigate, find elements, read text and
// attributes, click, run scripts, go back and forward, and tear everything down.
//
// Not a test file itself (node --test runs only *.test.mjs here).

import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { APP_TIMEOUT, fileTarget, httpTarget, serveDir } from './harness.mjs';

/** The W3C web element identifier: the key under which a found element's id is returned. */
export const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

/** An executable on PATH (or in the extra folders), or null. */
export function findExecutable(name, extraDirs = []) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), ...extraDirs].filter(Boolean);
  for (const dir of dirs) {
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return null;
}

/** geckodriver: $GECKODRIVER, PATH, or cargo's bin folder (where setup.sh installs it). */
export function findGeckodriver() {
  if (process.env.GECKODRIVER && existsSync(process.env.GECKODRIVER)) return process.env.GECKODRIVER;
  const cargoHome = process.env.CARGO_HOME ?? join(homedir(), '.cargo');
  return findExecutable('geckodriver', [join(cargoHome, 'bin')]);
}

/** Firefox: $FIREFOX, or firefox-esr / firefox on PATH. */
export function findFirefox() {
  if (process.env.FIREFOX && existsSync(process.env.FIREFOX)) return process.env.FIREFOX;
  return findExecutable('firefox-esr') ?? findExecutable('firefox');
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** An error the remote end reported: `error` is the W3C error code ("no such element"). */
export class WebDriverError extends Error {
  constructor(command, error, message) {
    super(`${command}: ${error}: ${message}`);
    this.error = error;
  }
}

/**
 * A running geckodriver. `Geckodriver.start()` waits until it answers /status;
 * `stop()` ends it (and with it any Firefox it started).
 */
export class Geckodriver {
  constructor(child, url, log) {
    this.child = child;
    this.url = url;
    this.log = log;
  }

  static async start({ binary = findGeckodriver(), timeout = 30_000 } = {}) {
    if (!binary) throw new Error('no geckodriver found');
    const port = await freePort();
    const log = [];
    const child = spawn(binary, ['--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk) => {
      log.push(...chunk.toString().split('\n').filter(Boolean));
      if (log.length > 200) log.splice(0, log.length - 200);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const exited = new Promise((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
    const driver = new Geckodriver(child, `http://127.0.0.1:${port}`, log);
    driver.exited = exited;
    const deadline = Date.now() + timeout;
    for (;;) {
      const gone = await Promise.race([exited, new Promise((ok) => setTimeout(() => ok(null), 100))]);
      if (gone) throw new Error(`geckodriver exited (${gone.code ?? gone.signal}) before answering:\n${log.join('\n')}`);
      try {
        const res = await fetch(`${driver.url}/status`);
        if (res.ok) return driver;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        await driver.stop();
        throw new Error(`geckodriver did not answer on ${driver.url} within ${timeout} ms:\n${log.join('\n')}`);
      }
    }
  }

  /** Opens a session with these W3C capabilities (alwaysMatch). */
  async newSession(capabilities) {
    return Session.create(this.url, capabilities);
  }

  async stop() {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(timer);
  }
}

/** Sends one command; returns its `value` or throws a WebDriverError. */
async function command(url, method, path, body) {
  const res = await fetch(url + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(`${method} ${path}`, `HTTP ${res.status}`, text.slice(0, 500));
  }
  const value = json?.value;
  if (!res.ok || (value && typeof value === 'object' && 'error' in value && typeof value.error === 'string')) {
    throw new WebDriverError(`${method} ${path}`, value?.error ?? `HTTP ${res.status}`, value?.message ?? text.slice(0, 500));
  }
  return value;
}

/** A found element; its methods are the element commands. */
export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  /** As a script argument or a value in JSON. */
  toJSON() {
    return { [ELEMENT_KEY]: this.id };
  }

  #cmd(method, path, body) {
    return this.session.cmd(method, `/element/${this.id}${path}`, body);
  }

  text() {
    return this.#cmd('GET', '/text');
  }

  attribute(name) {
    return this.#cmd('GET', `/attribute/${encodeURIComponent(name)}`);
  }

  property(name) {
    return this.#cmd('GET', `/property/${encodeURIComponent(name)}`);
  }

  displayed() {
    return this.#cmd('GET', '/displayed');
  }

  click() {
    return this.#cmd('POST', '/click', {});
  }

  async find(css) {
    return new Element(this.session, elementId(await this.#cmd('POST', '/element', { using: 'css selector', value: css })));
  }

  async findAll(css) {
    const list = await this.#cmd('POST', '/elements', { using: 'css selector', value: css });
    return list.map((e) => new Element(this.session, elementId(e)));
  }
}

function elementId(reference) {
  const id = reference?.[ELEMENT_KEY];
  if (typeof id !== 'string') throw new Error(`not a web element reference: ${JSON.stringify(reference)}`);
  return id;
}

/** Turns element references in a script's result back into Elements. */
function revive(session, value) {
  if (Array.isArray(value)) return value.map((v) => revive(session, v));
  if (value && typeof value === 'object') {
    if (typeof value[ELEMENT_KEY] === 'string') return new Element(session, value[ELEMENT_KEY]);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(session, v)]));
  }
  return value;
}

/** A WebDriver session. */
export class Session {
  constructor(url, id, capabilities) {
    this.base = `${url}/session/${id}`;
    this.id = id;
    this.capabilities = capabilities;
  }

  static async create(url, alwaysMatch) {
    const value = await command(url, 'POST', '/session', { capabilities: { alwaysMatch } });
    return new Session(url, value.sessionId, value.capabilities);
  }

  cmd(method, path, body) {
    return command(this.base, method, path, body);
  }

  navigate(url) {
    return this.cmd('POST', '/url', { url });
  }

  currentUrl() {
    return this.cmd('GET', '/url');
  }

  title() {
    return this.cmd('GET', '/title');
  }

  back() {
    return this.cmd('POST', '/back', {});
  }

  forward() {
    return this.cmd('POST', '/forward', {});
  }

  setTimeouts(timeouts) {
    return this.cmd('POST', '/timeouts', timeouts);
  }

  async find(css) {
    return new Element(this, elementId(await this.cmd('POST', '/element', { using: 'css selector', value: css })));
  }

  async findAll(css) {
    const list = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return list.map((e) => new Element(this, elementId(e)));
  }

  /** Runs `script` (a function body; arguments in `arguments`) and returns its result. */
  async execute(script, args = []) {
    return revive(this, await this.cmd('POST', '/execute/sync', { script, args }));
  }

  /**
   * Polls `script` (a function body returning a value) until its result is truthy;
   * returns it, or throws naming `what` after `timeout` ms.
   */
  async waitFor(script, { args = [], timeout = 10_000, interval = 50, what = script } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const value = await this.execute(script, args);
        if (value) return value;
      } catch (e) {
        last = e;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${last.message})` : ''}`);
      }
      await new Promise((ok) => setTimeout(ok, interval));
    }
  }

  /** Waits for an element matching `css` that is displayed, and returns it. */
  async waitForSelector(css, { timeout = 10_000 } = {}) {
    return this.waitFor(
      `const el = document.querySelector(arguments[0]);
       return el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' ? el : null;`,
      { args: [css], timeout, what: `a visible ${css}` },
    );
  }

  /** Ends the session (and closes its browser). */
  async delete() {
    await this.cmd('DELETE', '', undefined);
  }
}

// ---------------------------------------------------------------------------------------
// What the Firefox test files share: finding the browser, starting it, opening views and
// watching each page, and the search view's small readers.

/** Finds geckodriver and Firefox; `skip` says why the Firefox tests cannot run (false when both are there). */
export function firefoxSetup() {
  const geckodriver = findGeckodriver();
  const firefox = findFirefox();
  const skip = !geckodriver
    ? 'geckodriver is not installed (scripts/setup.sh installs it with cargo; or set GECKODRIVER)'
    : !firefox
      ? 'Firefox is not installed (scripts/setup.sh installs Debian firefox-esr; or set FIREFOX)'
      : false;
  return { geckodriver, firefox, skip };
}

/** Prefs that keep Firefox from reaching out on its own (there is no network here anyway). */
export const QUIET_PREFS = {
  'app.update.disabledForTesting': true,
  'browser.shell.checkDefaultBrowser': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
};

/** Serves dist/ (kind 'http'), starts geckodriver and a headless Firefox session: { server, target, driver, session }; stops what it started if it fails. */
export async function startFirefox(kind, { geckodriver, firefox }) {
  let server;
  let driver;
  let session;
  try {
    if (kind === 'http') server = await serveDir();
    const target = kind === 'http' ? httpTarget(server) : fileTarget();
    driver = await Geckodriver.start({ binary: geckodriver });
    session = await driver.newSession({
      browserName: 'firefox',
      acceptInsecureCerts: false,
      pageLoadStrategy: 'normal',
      'moz:firefoxOptions': { binary: firefox, args: ['-headless'], prefs: QUIET_PREFS },
    });
    await session.setTimeouts({ pageLoad: APP_TIMEOUT, script: 30_000, implicit: 0 });
    return { server, target, driver, session };
  } catch (e) {
    await stopFirefox({ server, driver, session });
    throw e;
  }
}

/** Ends what startFirefox started: the session, geckodriver, then the server. */
export async function stopFirefox({ server, driver, session } = {}) {
  try {
    await session?.delete();
  } finally {
    await driver?.stop();
    await server?.close();
  }
}

/** Loads `hash` of `target` afresh (not as a same-document hash change) and waits for the app. */
export async function openFresh(session, target, hash) {
  await session.navigate('about:blank');
  await session.navigate(target.url(hash));
  await session.waitForSelector('main#main h1', { timeout: APP_TIMEOUT });
}

/** Installed after each load: records what the page must never do. */
export const RECORD_PROBLEMS = `
  if (!window.__problems) {
    window.__problems = [];
    for (const level of ['error', 'warn']) {
      const original = console[level].bind(console);
      console[level] = (...args) => {
        window.__problems.push('console ' + level + ': ' + args.map(String).join(' '));
        original(...args);
      };
    }
    window.addEventListener('error', (e) => window.__problems.push('uncaught error: ' + e.message));
    window.addEventListener('unhandledrejection', (e) => window.__problems.push('unhandled rejection: ' + e.reason));
  }`;

/** Page watch for Firefox (no console log in WebDriver): open(h) collects the last page's problems into `seen`, loads h afresh and installs RECORD_PROBLEMS; `current()` gives { session, target }. */
export function watchFirefoxPages(current) {
  const seen = [];
  let loaded = null;
  async function collect() {
    if (!loaded) return;
    const { session, target } = current();
    const { problems, resources } = await session.execute(
      `return { problems: window.__problems || [], resources: performance.getEntriesByType('resource').map((e) => e.name) };`,
    );
    seen.push(...problems.map((p) => `${p} (on ${loaded.slice(0, 80)})`));
    for (const url of resources) {
      if (!target.allowed(url)) seen.push(`request outside the page's origin: ${url.slice(0, 200)} (on ${loaded.slice(0, 80)})`);
    }
    loaded = null;
  }
  async function open(h) {
    await collect();
    const { session, target } = current();
    await openFresh(session, target, h);
    await session.execute(RECORD_PROBLEMS);
    loaded = h;
  }
  return { open, collect, seen };
}

/** The location hash of the page. */
export const hashOf = (session) => session.execute('return location.hash;');

/** Waits until the location hash is `h`. */
export async function waitForHash(session, h) {
  await session.waitFor('return location.hash === arguments[0];', { args: [h], what: `the hash ${h}` });
}

/** Ids of the search results, top to bottom. */
export const resultIds = (session) =>
  session.execute(`return [...document.querySelectorAll('ol[data-testid=results] li[data-testid=result]')].map((li) => li.dataset.id);`);

/** What the header's search box holds. */
export const inputValue = (session) => session.execute(`return document.getElementById('search-input').value;`);

/** Waits until the results view's heading names `query`. */
export async function waitForResults(session, query) {
  const want = query.trim() === '' ? 'Search' : `Search “${query.trim()}”`;
  await session.waitFor(
    `const h = document.querySelector('main section.search h1');
     return !!h && h.textContent.trim() === arguments[0] && !!document.querySelector('[data-testid=search-summary]');`,
    { args: [want], what: `the results for ${query.length > 60 ? query.slice(0, 60) + '…' : query}` },
  );
}
