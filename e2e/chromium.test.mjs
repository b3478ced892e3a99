// The built page in headless Chromium, opened both ways a reader opens it: dist/ from a
// static host (http://127.0.0.1 here) and the one-file dist/framescope.html from disk.
// Every page is watched for requests outside its origin, failed requests and console errors
// or warnings (watch() in harness.mjs); test 6 fails on any of them, seen in its own tour
// of every view or in any test before it, so tests 1–5 fail only on what they check.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  PHRASES,
  assertNoProblems,
  expectedOrder,
  hashOf,
  readManifest,
  shortUrl,
  startChromium,
  stopChromium,
  waitForHash,
  whenBuilt,
  withPage,
  withTour,
  waitInViewport,
} from './harness.mjs';

const articles = readManifest();
const byId = Object.fromEntries(articles.map((a) => [a.id, a]));
const NPR = 'npr-2013-cooperation-closer-look';
const INSIGHT = 'insight-crime-2013-southwest-border-strategy';
const MCCLATCHY = 'mcclatchy-2012-relations-improve';

/** Ids of the library rows, top to bottom. */
const rowIds = (page) =>
  page.locator('tr[data-testid=article-row]').evaluateAll((rows) => rows.map((r) => r.dataset.id));

/** The reading view of `id` is drawn (clean or captured). */
async function waitForArticle(page, id) {
  await page.waitForSelector('article[data-testid=reading] h1#article-title', { state: 'visible' });
  assert.equal((await page.textContent('h1#article-title')).trim(), byId[id].title, 'the article heading');
}

/** The clean view shows the article's words as paragraphs and none of its page chrome. */
async function checkCleanBody(page, id) {
  const body = page.locator('[data-testid=article-body]');
  await body.waitFor({ state: 'visible' });
  const paragraphs = await body.locator('p').count();
  assert.ok(paragraphs >= 3, `the article body has ${paragraphs} paragraphs; expected at least 3`);
  const text = await body.innerText();
  for (const phrase of PHRASES[id].body) {
    assert.ok(text.includes(phrase), `the article body should contain “${phrase}”`);
  }
  for (const phrase of PHRASES[id].chrome) {
    assert.ok(!text.includes(phrase), `page chrome “${phrase}” must not appear in the article body`);
  }
}

/** The captured view marks each chrome phrase's block as chrome, with a reason, and keeps the body. */
async function checkCapturedView(page, id) {
  const captured = page.locator('[data-testid=captured]');
  await captured.waitFor({ state: 'visible' });
  assert.equal(await page.locator('[data-testid=article-body]').count(), 0, 'no clean body in the captured view');
  const blockWith = async (phrase) => {
    const block = captured.locator('li.block', { hasText: phrase });
    assert.ok((await block.count()) >= 1, `the captured view should show a block with “${phrase}”`);
    return block.first();
  };
  for (const phrase of PHRASES[id].chrome) {
    const block = await blockWith(phrase);
    assert.equal(await block.getAttribute('data-role'), 'chrome', `the block with “${phrase}” should be marked chrome`);
    const reason = await block.getAttribute('data-reason');
    assert.ok(reason && reason.length > 0, `the chrome block with “${phrase}” should say why it was removed`);
    assert.ok(await block.isVisible(), `the chrome block with “${phrase}” should be visible`);
  }
  for (const phrase of PHRASES[id].body) {
    const block = await blockWith(phrase);
    assert.equal(await block.getAttribute('data-role'), 'body', `the block with “${phrase}” should be marked body`);
  }
}

/** [first, last] source lines of each block marked as cited. */
const markedLines = (page) =>
  page.locator('[data-testid=captured] li.block.target .lines').evaluateAll((els) =>
    els.map((el) => {
      const n = el.textContent.match(/\d+/g).map(Number);
      return [n[0], n.at(-1)];
    }),
  );

const BAD_LINKS = [
  ['#/nonsense', 'nonsense'],
  ['#/article/no-such-id', 'no-such-id'],
  ['#/?sort=colour', 'sort=colour'],
];

whenBuilt(() => {
  for (const kind of ['http', 'file']) {
    describe(`Chromium: ${kind === 'http' ? 'dist/ over http://127.0.0.1' : 'dist/framescope.html over file://'}`, () => {
      let browser;
      let server;
      let target;
      // What the page did wrong in any test (foreign or failed requests, console errors):
      // test 6 judges it, so tests 1–5 fail only on what they check.
      const seen = [];

      before(async () => {
        ({ server, target, browser } = await startChromium(kind));
      });

      after(() => stopChromium({ browser, server }));

      /** withPage, logging what the page did wrong into `seen` under the test's name. */
      const open = (t, hash, fn) => withPage(browser, target, hash, fn, { log: seen, label: t.name });

      it('1. the library lists the five articles newest first; the Outlet header re-sorts and changes the hash', async (t) => {
        assert.equal(articles.length, 5, 'the seed corpus has five articles');
        await open(t, '#/', async (page) => {
          assert.equal((await page.textContent('main h1')).trim(), 'Library');
          assert.match(await page.title(), /^Library — Framescope$/);
          await page.waitForSelector('table.library-table tr[data-testid=article-row]');
          for (const a of articles) {
            const link = page.locator(`tr[data-testid=article-row][data-id="${a.id}"] td.title a[href="#/article/${a.id}"]`);
            assert.equal(await link.count(), 1, `one title link for ${a.id}`);
            assert.ok(await link.isVisible(), `the title of ${a.id} is visible`);
            assert.equal((await link.innerText()).trim(), a.title);
          }
          assert.deepEqual(await rowIds(page), expectedOrder(articles, 'date', true), 'newest first by default');
          assert.equal(await page.getAttribute('th.date', 'aria-sort'), 'descending');

          await page.click('thead th.outlet a');
          await waitForHash(page, '#/?sort=outlet&order=asc');
          await page.waitForSelector('th.outlet[aria-sort=ascending]');
          assert.deepEqual(await rowIds(page), expectedOrder(articles, 'outlet', false), 'outlets A to Z, unknown last');
          assert.equal(await page.getAttribute('th.date', 'aria-sort'), null, 'only the active column has aria-sort');

          await page.click('thead th.outlet a');
          await waitForHash(page, '#/?sort=outlet&order=desc');
          await page.waitForSelector('th.outlet[aria-sort=descending]');
          assert.deepEqual(await rowIds(page), expectedOrder(articles, 'outlet', true), 'outlets Z to A, unknown still last');
        });
      });

      for (const id of [NPR, MCCLATCHY]) {
        it(`2. clicking a title opens the article without its page chrome, which the captured view marks (${id})`, async (t) => {
          await open(t, '#/', async (page) => {
            await page.click(`td.title a[href="#/article/${id}"]`);
            await waitForHash(page, `#/article/${id}`);
            await waitForArticle(page, id);
            await checkCleanBody(page, id);

            await page.click('[data-testid=captured-toggle]');
            await waitForHash(page, `#/article/${id}?view=captured`);
            await checkCapturedView(page, id);
            assert.equal(await page.getAttribute('[data-testid=captured-toggle]', 'aria-current'), 'page');
          });
        });
      }

      it('3. a deep link reopens an article; the captured-view toggle and an evidence line link work', async (t) => {
        const id = INSIGHT;
        await open(t, `#/article/${id}`, async (page) => {
          await waitForArticle(page, id);
          await checkCleanBody(page, id);
          assert.match(await page.title(), new RegExp(`^${byId[id].title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — Framescope$`));

          await page.click('[data-testid=captured-toggle]');
          await waitForHash(page, `#/article/${id}?view=captured`);
          await checkCapturedView(page, id);

          // The first evidence with a line link: open its <details>, follow the link.
          const details = page.locator('aside.metadata details.evidence', { has: page.locator('a.line-link') }).first();
          await details.locator('summary').click();
          const link = details.locator('a.line-link').first();
          await link.waitFor({ state: 'visible' });
          const href = await link.getAttribute('href');
          const line = Number(href.match(/[?&]line=(\d+)/)?.[1]);
          assert.ok(line > 0, `an evidence link names a line: ${href}`);
          assert.equal(href, `#/article/${id}?view=captured&line=${line}`);
          await link.click();
          await waitForHash(page, href);
          await page.waitForSelector('[data-testid=captured] li.block.target', { state: 'visible' });
          const marked = await markedLines(page);
          assert.ok(marked.length >= 1, 'a block is marked as the cited one');
          for (const [first, last] of marked) {
            assert.ok(first <= line && line <= last, `a marked block (lines ${first}–${last}) holds line ${line}`);
          }
          await waitInViewport(page, '[data-testid=captured] li.block.target', `the cited line ${line}`);
        });

        // The line link itself, loaded fresh, shows the same marked block in view.
        await open(t, `#/article/${id}?view=captured&line=6`, async (page) => {
          await waitForArticle(page, id);
          await page.waitForSelector('[data-testid=captured] li.block.target', { state: 'visible' });
          const text = await page.locator('[data-testid=captured] li.block.target').allInnerTexts();
          assert.match(text.join(' '), /3 JUL 2013/, 'the block of line 6 (the dateline) is marked');
          assert.match(text.join(' '), /BY JAMES BARGENT/, 'the block of line 6 (the byline) is marked');
          await waitInViewport(page, '[data-testid=captured] li.block.target', 'the cited line 6, loaded fresh,');
        });
      });

      it('4. back returns to the library, forward to the article again', async (t) => {
        await open(t, '#/', async (page) => {
          await page.click(`td.title a[href="#/article/${NPR}"]`);
          await waitForArticle(page, NPR);
          await page.click('[data-testid=captured-toggle]');
          await page.waitForSelector('[data-testid=captured]');

          await page.goBack();
          await waitForHash(page, `#/article/${NPR}`);
          await page.waitForSelector('[data-testid=article-body]');

          await page.goBack();
          await page.waitForSelector('tr[data-testid=article-row]');
          assert.equal((await page.textContent('main h1')).trim(), 'Library');
          assert.equal(await hashOf(page), '#/');

          await page.goForward();
          await waitForHash(page, `#/article/${NPR}`);
          await waitForArticle(page, NPR);
          await checkCleanBody(page, NPR);
        });
      });

      for (const [hash, bad] of BAD_LINKS) {
        it(`5. a bad link shows not-found naming the bad part: ${hash}`, async (t) => {
          await open(t, hash, async (page) => {
            const notFound = page.locator('[data-testid=not-found]');
            await notFound.waitFor({ state: 'visible' });
            const text = await notFound.innerText();
            assert.ok(text.includes(`“${bad}”`), `the message names “${bad}”: ${JSON.stringify(text)}`);
            assert.equal(await page.locator('article[data-testid=reading], table.library-table').count(), 0);
            assert.match(await page.title(), /^Not found — Framescope$/);
            await notFound.locator('a[href="#/"]').click();
            await page.waitForSelector('tr[data-testid=article-row]');
            // The same link followed inside a running page (a hashchange, not a load).
            await page.evaluate((h) => {
              window.location.hash = h;
            }, hash);
            await notFound.waitFor({ state: 'visible' });
            assert.ok((await notFound.innerText()).includes(`“${bad}”`));
          });
        });
      }

      it('unique ids: no view has two elements with the same id', async (t) => {
        const views = [
          '#/',
          ...articles.map((a) => `#/article/${a.id}`),
          ...articles.map((a) => `#/article/${a.id}?view=captured`),
          '#/nonsense',
        ];
        await open(t, '#/', async (page) => {
          const duplicates = [];
          for (const hash of views) {
            await page.evaluate((h) => {
              window.location.hash = h;
            }, hash);
            await waitForHash(page, hash);
            await page.waitForSelector(
              hash.includes('captured') ? '[data-testid=captured]' : hash.startsWith('#/article') ? '[data-testid=article-body]' : 'main h1',
            );
            const dups = await page.evaluate(() => {
              const count = {};
              for (const el of document.querySelectorAll('[id]')) count[el.id] = (count[el.id] ?? 0) + 1;
              return Object.entries(count).filter(([, n]) => n > 1);
            });
            if (dups.length > 0) duplicates.push(`${hash}: ${dups.map(([id, n]) => `id="${id}" ×${n}`).join(', ')}`);
          }
          assert.equal(duplicates.length, 0, `ids must be unique (links to #id and scrolling to a line use them):\n  ${duplicates.join('\n  ')}`);
        });
      });

      it('6. no request outside the page, no failed request, no console error or warning, in a tour of every view and in every test above', async () => {
        const own = [];
        await withTour(browser, target, async (page, watcher) => {
          const tour = [
            ['#/?sort=title&order=asc', 'tr[data-testid=article-row]'],
            [`#/article/${NPR}`, '[data-testid=article-body]'],
            [`#/article/${NPR}?view=captured`, '[data-testid=captured]'],
            [`#/article/${NPR}?view=captured&line=39`, 'li.block.target'],
            ['#/nonsense', '[data-testid=not-found]'],
            ['#/', 'tr[data-testid=article-row]'],
          ];
          for (const [hash, selector] of tour) {
            await page.evaluate((h) => {
              window.location.hash = h;
            }, hash);
            await page.waitForSelector(selector, { state: 'visible' });
          }
          await page.click(`td.title a[href="#/article/${MCCLATCHY}"]`);
          await page.waitForSelector('[data-testid=article-body]');
          // Open every evidence list: nothing in them may load anything either.
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          await page.goBack();
          await page.waitForSelector('tr[data-testid=article-row]');
          own.push(...watcher.problems.map((problem) => ({ problem, label: 'the tour' })));

          assert.ok(watcher.requests.length > 0, 'the page load itself was seen');
          if (kind === 'http') {
            const paths = watcher.requests.map((u) => new URL(u).pathname);
            assert.ok(paths.some((p) => p.endsWith('.wasm')), `the wasm came from dist/: ${paths.join(', ')}`);
            assert.ok(paths.some((p) => p.endsWith('.js')), `the JS came from dist/: ${paths.join(', ')}`);
            assert.deepEqual(
              server.requests.filter((r) => !r.startsWith('GET /')),
              [],
              'only GET requests reached the server',
            );
          } else {
            const foreign = watcher.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
            assert.deepEqual(foreign.map(shortUrl), [], 'from disk the page requests nothing but file: and data:');
          }
        });
        assertNoProblems([...own, ...seen]);
      });
    });
  }
});
