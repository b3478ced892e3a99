// The core search checks (typing, facets, links, Back, malformed queries, matches in the
// reading view) in headless Firefox ESR through geckodriver, with the small WebDriver
// client in webdriver.mjs, for dist/ over http://127.0.0.1 and dist/framescope.html over
// file://. Skipped, saying why, only when geckodriver or Firefox is not installed.
//
// WebDriver gives no console log in Firefox, so after each load a small script records
// console errors and warnings, uncaught errors and rejected promises, and every resource
// the page loads (performance entries); the last test fails on any of them. (What happens
// before that script runs, during the load, is covered in Chromium by search.test.mjs.)

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linkEncode, readManifest, searchHash, stepThroughMatches, whenBuilt } from './harness.mjs';
import {
  firefoxSetup,
  hashOf,
  inputValue,
  resultIds,
  startFirefox,
  stopFirefox,
  waitForHash,
  waitForResults,
  watchFirefoxPages,
} from './webdriver.mjs';

const articles = readManifest();
const byId = Object.fromEntries(articles.map((a) => [a.id, a]));
const NPR = 'npr-2013-cooperation-closer-look';
const MCCLATCHY = 'mcclatchy-2012-relations-improve';
const BLOG = 'policy-blog-2013-border-cooperation';
const WAPO = 'washington-post-2017-cooperation-under-trump';
const INSIGHT = 'insight-crime-2013-southwest-border-strategy';
const ALL = [NPR, MCCLATCHY, BLOG, WAPO, INSIGHT];
const sorted = (ids) => [...ids].sort();

const setup = firefoxSetup();
const { skip } = setup;

const activeId = (session) => session.execute('return document.activeElement && document.activeElement.id;');
const textOf = (session, css) =>
  session.execute('const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : null;', [css]);
const hints = (session) => session.execute(`return [...document.querySelectorAll('[data-testid=hints] li')].map((li) => li.textContent);`);

/** Types `text` into an element, key by key (WebDriver Element Send Keys). */
const sendKeys = (session, element, text) => session.cmd('POST', `/element/${element.id}/value`, { text });

/** Puts `query` in the search box at once, as a paste does (one input event). */
async function paste(session, query) {
  await session.execute(
    `const input = document.getElementById('search-input');
     input.focus();
     input.value = arguments[0];
     input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));`,
    [query],
  );
  await waitForHash(session, searchHash(query));
  await waitForResults(session, query);
}

whenBuilt(() => {
  if (skip) {
    it('Firefox: the search checks, over http and from file://', { skip }, () => {});
    return;
  }
  for (const kind of ['http', 'file']) {
    describe(`Search in Firefox: ${kind === 'http' ? 'dist/ over http://127.0.0.1' : 'dist/framescope.html over file://'}`, () => {
      let driver;
      let session;
      let server;
      let target;
      // Opens views afresh; what each page did wrong gathers in `seen` for the last test.
      const { open, collect, seen } = watchFirefoxPages(() => ({ session, target }));

      before(async () => {
        ({ server, target, driver, session } = await startFirefox(kind, setup));
      });

      after(() => stopFirefox({ server, driver, session }));

      it('1. typing updates the results at every keystroke, the hash follows, focus stays in the box', async () => {
        await open('#/');
        await session.waitForSelector('tr[data-testid=article-row]');
        const length = await session.execute('return history.length;');
        const input = await session.find('#search-input');
        await input.click();
        let typed = '';
        for (const key of 'Matam') {
          await sendKeys(session, input, key);
          typed += key;
          await waitForHash(session, searchHash(typed));
          await waitForResults(session, typed);
          assert.equal(await activeId(session), 'search-input', `focus stays in the box after typing “${typed}”`);
          assert.equal(await inputValue(session), typed, `the box holds “${typed}”`);
        }
        assert.deepEqual(sorted(await resultIds(session)), sorted([NPR, BLOG]), 'the two Matamoros articles');
        const feet = await session.execute(`return [...document.querySelectorAll('li[data-testid=result] p.result-foot')].map((p) => p.textContent);`);
        for (const f of feet) assert.match(f, /matched as the start of a word/);
        const marks = await session.execute(`return [...document.querySelectorAll('li[data-testid=result] p.snippet mark')].map((m) => m.textContent);`);
        assert.ok(marks.length >= 2 && marks.every((m) => /^matamoros$/i.test(m)), `Matamoros is marked: ${JSON.stringify(marks)}`);
        assert.equal(await session.execute('return history.length;'), length + 1, 'five keystrokes made one history entry');

        // A whole word at a time too (send keys of several characters).
        await sendKeys(session, input, 'oros agreement');
        await waitForResults(session, 'Matamoros agreement');
        assert.equal(await inputValue(session), 'Matamoros agreement', 'no character lost');
        assert.equal(await activeId(session), 'search-input');
        assert.deepEqual(sorted(await resultIds(session)), sorted([NPR, BLOG]));
      });

      it('2. accents fold, typos are tolerated, page chrome is not indexed', async () => {
        await open('#/');
        await paste(session, 'Mérida');
        assert.deepEqual(await resultIds(session), [INSIGHT]);
        assert.deepEqual(await session.execute(`return [...document.querySelectorAll('li[data-testid=result] mark')].map((m) => m.textContent);`), ['Merida']);
        await paste(session, 'Napolitno');
        assert.deepEqual(sorted(await resultIds(session)), sorted([NPR, MCCLATCHY, BLOG]));
        const feet = await session.execute(`return [...document.querySelectorAll('li[data-testid=result] p.result-foot')].map((p) => p.textContent);`);
        for (const f of feet) assert.match(f, /matched a close spelling/);
        for (const q of ['sponsors', 'donate']) {
          await paste(session, q);
          assert.equal(await textOf(session, '[data-testid=search-summary]'), 'No article matches.', `${q} is page chrome only`);
        }
      });

      it('3. a facet filters the results and clicking it again removes the filter', async () => {
        await open(searchHash('cooperation'));
        await waitForResults(session, 'cooperation');
        assert.deepEqual(sorted(await resultIds(session)), sorted(ALL));
        const facet = await session.execute(
          `return [...document.querySelectorAll('nav.facets a.facet')].find((a) => a.querySelector('.facet-label').textContent.trim() === 'NPR');`,
        );
        assert.ok(facet, 'an NPR facet');
        await facet.click();
        await waitForHash(session, searchHash('cooperation outlet:NPR '));
        await waitForResults(session, 'cooperation outlet:NPR');
        assert.deepEqual(await resultIds(session), [NPR]);
        assert.equal(await inputValue(session), 'cooperation outlet:NPR ');
        const active = await session.find('nav.facets a.facet.active');
        assert.equal(await active.attribute('aria-current'), 'true');
        assert.equal((await (await active.find('.facet-label')).text()).trim(), 'NPR');

        await active.click();
        await waitForHash(session, searchHash('cooperation'));
        await waitForResults(session, 'cooperation');
        assert.deepEqual(sorted(await resultIds(session)), sorted(ALL));
        assert.equal(await session.execute(`return document.querySelectorAll('nav.facets a.facet.active').length;`), 0);
      });

      it('4. a copied link restores the search, filter and all', async () => {
        const query = 'cooperation outlet:NPR ';
        await open(searchHash(query));
        await waitForResults(session, query);
        assert.deepEqual(await resultIds(session), [NPR]);
        assert.equal(await inputValue(session), query, 'the box holds the query');
        assert.equal(await hashOf(session), searchHash(query));
        for (const q of ['"border security" -Trump', 'Peña & Nieto = 100%']) {
          await open(searchHash(q));
          await waitForResults(session, q);
          assert.equal(await inputValue(session), q);
        }
      });

      it('5. Back after typing a search returns to the library', async () => {
        await open('#/');
        await session.waitForSelector('tr[data-testid=article-row]');
        const input = await session.find('#search-input');
        await input.click();
        for (const key of 'cartel') await sendKeys(session, input, key);
        await waitForHash(session, searchHash('cartel'));
        await waitForResults(session, 'cartel');
        await session.back();
        await waitForHash(session, '#/');
        await session.waitForSelector('tr[data-testid=article-row]');
        assert.equal(await textOf(session, 'main h1'), 'Library');
        assert.equal(await inputValue(session), '', 'the box is empty in the library');
      });

      it('6. malformed queries: an unclosed quote, a lone OR, 2,000 characters', async () => {
        await open('#/');
        await paste(session, 'Mexico "border security');
        assert.ok((await resultIds(session)).length >= 1, 'the unclosed quote still finds results');
        assert.ok((await hints(session)).some((h) => /^At character 8: .*quote is not closed/.test(h)), JSON.stringify(await hints(session)));
        await paste(session, 'OR');
        assert.ok((await hints(session)).some((h) => /^At character 1: .*OR/.test(h)), JSON.stringify(await hints(session)));
        assert.equal(await session.execute(`return document.querySelectorAll('[role=alert], [data-testid=not-found]').length;`), 0);
        const long = 'border cartel Mexico "security OR -Trump Peña '.repeat(50).slice(0, 2000);
        const started = Date.now();
        await paste(session, long);
        assert.ok(Date.now() - started < 5_000, 'the long query is answered quickly');
        assert.ok((await hints(session)).some((h) => /^At character 501: .*long/i.test(h)), JSON.stringify(await hints(session)));
      });

      it('7. the reading view steps through the matches in order, wraps, and goes back to the results', async () => {
        await open(searchHash('cooperation'));
        await waitForResults(session, 'cooperation');
        await (await session.find(`li[data-testid=result][data-id="${NPR}"] h2 a`)).click();
        await waitForHash(session, `#/article/${NPR}?q=cooperation`);
        await session.waitForSelector('[data-testid=match-bar]');
        assert.equal(await textOf(session, 'h1#article-title'), byId[NPR].title);
        const numbers = await session.execute(`return [...document.querySelectorAll('[data-testid=article-body] mark')].map((m) => Number(m.dataset.match));`);
        const n = numbers.length;
        assert.ok(n >= 2, `several matches (${n})`);
        assert.deepEqual(numbers, [...Array(n).keys()], 'marks numbered in reading order');
        assert.equal(await textOf(session, '[data-testid=match-bar] .match-position'), `${n} matches`);
        const buttons = await session.findAll('[data-testid=match-bar] button');
        const byText = async (label) => {
          for (const b of buttons) if ((await b.text()).trim() === label) return b;
          throw new Error(`no ${label} button`);
        };
        const [next, previous] = [await byText('Next'), await byText('Previous')];
        const expectCurrent = async (i, what) => {
          await session.waitFor(
            `return document.querySelector('[data-testid=match-bar] .match-position').textContent.trim() === arguments[0];`,
            { args: [`Match ${i + 1} of ${n}`], what: `${what}: “Match ${i + 1} of ${n}”` },
          );
          const state = await session.execute(
            `const c = [...document.querySelectorAll('[data-testid=article-body] mark.current')];
             const r = c[0] && c[0].getBoundingClientRect();
             return { current: c.map((m) => Number(m.dataset.match)), inView: !!r && r.top >= -1 && r.bottom <= innerHeight + 1 };`,
          );
          assert.deepEqual(state.current, [i], `${what}: mark ${i} alone is current`);
          if (!state.inView) {
            await session.waitFor(
              `const r = document.querySelector('[data-testid=article-body] mark.current').getBoundingClientRect();
               return r.top >= -1 && r.bottom <= innerHeight + 1;`,
              { timeout: 5_000, what: `${what}: the current match scrolled into view` },
            );
          }
        };
        await stepThroughMatches(n, next, previous, expectCurrent);

        const back = await session.execute(
          `return [...document.querySelectorAll('[data-testid=match-bar] a')].find((a) => a.textContent.trim() === 'Back to results');`,
        );
        assert.ok(back, 'a Back to results link');
        await back.click();
        await waitForHash(session, searchHash('cooperation'));
        await waitForResults(session, 'cooperation');
        assert.deepEqual(sorted(await resultIds(session)), sorted(ALL));
        assert.equal(await hashOf(session), `#/search?q=${linkEncode('cooperation')}`);
      });

      it('8. no console error or warning, no uncaught error, no request outside the page, in every test above', async () => {
        await collect();
        assert.deepEqual(seen, [], `the page misbehaved:\n  ${seen.join('\n  ')}`);
      });
    });
  }
});
