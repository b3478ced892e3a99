// The core checks (library, reading without chrome, deep links, bad links) in headless
// Firefox ESR through geckodriver, with the small WebDriver client in webdriver.mjs, for
// dist/ over http://127.0.0.1 and for dist/framescope.html over file://.
// Skipped, saying why, only when geckodriver or Firefox is not installed.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PHRASES, expectedOrder, readManifest, whenBuilt } from './harness.mjs';
import { firefoxSetup, hashOf, openFresh, startFirefox, stopFirefox, waitForHash } from './webdriver.mjs';

const articles = readManifest();
const byId = Object.fromEntries(articles.map((a) => [a.id, a]));
const NPR = 'npr-2013-cooperation-closer-look';
const INSIGHT = 'insight-crime-2013-southwest-border-strategy';

const setup = firefoxSetup();
const { skip } = setup;

const ids = (session) =>
  session.execute(`return [...document.querySelectorAll('tr[data-testid=article-row]')].map((r) => r.dataset.id);`);
const textOf = (session, css) => session.execute('const e = document.querySelector(arguments[0]); return e ? e.innerText : null;', [css]);

/** The reading view of `id` is drawn with its title. */
async function waitForArticle(session, id) {
  const h1 = await session.waitForSelector('article[data-testid=reading] h1#article-title');
  assert.equal((await h1.text()).trim(), byId[id].title);
}

whenBuilt(() => {
  if (skip) {
    // One visible skip with the reason (a skipped describe() would count no test at all).
    it('Firefox: the core checks, over http and from file://', { skip }, () => {});
    return;
  }
  for (const kind of ['http', 'file']) {
    describe(`Firefox: ${kind === 'http' ? 'dist/ over http://127.0.0.1' : 'dist/framescope.html over file://'}`, () => {
      let driver;
      let session;
      let server;
      let target;

      /** Loads `h` afresh (not as a same-document hash change) and waits for the app. */
      const open = (h) => openFresh(session, target, h);

      before(async () => {
        ({ server, target, driver, session } = await startFirefox(kind, setup));
      });

      after(() => stopFirefox({ server, driver, session }));

      it('1. the library lists the five articles newest first; the Outlet header re-sorts and changes the hash', async () => {
        await open('#/');
        await session.waitForSelector('tr[data-testid=article-row]');
        assert.equal((await textOf(session, 'main h1')).trim(), 'Library');
        for (const a of articles) {
          const link = await session.find(`tr[data-testid=article-row][data-id="${a.id}"] td.title a`);
          assert.equal(await link.attribute('href'), `#/article/${a.id}`);
          assert.ok(await link.displayed(), `the title of ${a.id} is visible`);
          assert.equal((await link.text()).trim(), a.title);
        }
        assert.deepEqual(await ids(session), expectedOrder(articles, 'date', true), 'newest first by default');

        await (await session.find('thead th.outlet a')).click();
        await waitForHash(session, '#/?sort=outlet&order=asc');
        await session.waitForSelector('th.outlet[aria-sort=ascending]');
        assert.deepEqual(await ids(session), expectedOrder(articles, 'outlet', false), 'outlets A to Z, unknown last');
      });

      it('2. clicking a title opens the article without its page chrome, which the captured view marks', async () => {
        await open('#/');
        await (await session.waitForSelector(`td.title a[href="#/article/${NPR}"]`)).click();
        await waitForHash(session, `#/article/${NPR}`);
        await waitForArticle(session, NPR);
        const body = await session.waitForSelector('[data-testid=article-body]');
        const paragraphs = await body.findAll('p');
        assert.ok(paragraphs.length >= 3, `the article body has ${paragraphs.length} paragraphs`);
        const text = await body.text();
        for (const p of PHRASES[NPR].body) assert.ok(text.includes(p), `the body should contain “${p}”`);
        for (const p of PHRASES[NPR].chrome) assert.ok(!text.includes(p), `page chrome “${p}” must not be in the body`);

        await (await session.find('[data-testid=captured-toggle]')).click();
        await waitForHash(session, `#/article/${NPR}?view=captured`);
        await session.waitForSelector('[data-testid=captured]');
        const roles = await session.execute(
          `const blocks = [...document.querySelectorAll('[data-testid=captured] li.block')];
           return arguments[0].map((p) => {
             const b = blocks.find((b) => b.textContent.includes(p));
             return b ? [b.dataset.role, b.dataset.reason || ''] : null;
           });`,
          [PHRASES[NPR].chrome],
        );
        PHRASES[NPR].chrome.forEach((p, i) => {
          assert.ok(roles[i], `the captured view shows “${p}”`);
          assert.equal(roles[i][0], 'chrome', `“${p}” is marked chrome`);
          assert.ok(roles[i][1].length > 0, `“${p}” says why it was removed`);
        });
      });

      it('3. a deep link reopens an article; the captured-view toggle and an evidence line link work', async () => {
        await open(`#/article/${INSIGHT}`);
        await waitForArticle(session, INSIGHT);
        const body = await session.waitForSelector('[data-testid=article-body]');
        const text = await body.text();
        for (const p of PHRASES[INSIGHT].body) assert.ok(text.includes(p), `the body should contain “${p}”`);
        for (const p of PHRASES[INSIGHT].chrome) assert.ok(!text.includes(p), `page chrome “${p}” must not be in the body`);

        await (await session.find('[data-testid=captured-toggle]')).click();
        await waitForHash(session, `#/article/${INSIGHT}?view=captured`);
        await session.waitForSelector('[data-testid=captured]');

        const summary = await session.find('aside.metadata details.evidence:has(a.line-link) summary');
        await summary.click();
        const link = await session.waitForSelector('aside.metadata details.evidence[open] a.line-link');
        const href = await link.attribute('href');
        const line = Number(href.match(/[?&]line=(\d+)/)?.[1]);
        assert.ok(line > 0, `an evidence link names a line: ${href}`);
        await link.click();
        await waitForHash(session, href);
        const marked = await session.waitForSelector('[data-testid=captured] li.block.target');
        const lines = (await (await marked.find('.lines')).text()).match(/\d+/g).map(Number);
        assert.ok(lines[0] <= line && line <= lines.at(-1), `the marked block (${lines.join('–')}) holds line ${line}`);
      });

      for (const [h, bad] of [
        ['#/nonsense', 'nonsense'],
        ['#/article/no-such-id', 'no-such-id'],
        ['#/?sort=colour', 'sort=colour'],
      ]) {
        it(`5. a bad link shows not-found naming the bad part: ${h}`, async () => {
          await open(h);
          const notFound = await session.waitForSelector('[data-testid=not-found]');
          const text = await notFound.text();
          assert.ok(text.includes(`“${bad}”`), `the message names “${bad}”: ${JSON.stringify(text)}`);
          assert.equal(await hashOf(session), h);
        });
      }
    });
  }
});
