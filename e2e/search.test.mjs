// Full-text search in the built page, in headless Chromium, opened both ways a reader
// opens it (dist/ over http://127.0.0.1 and dist/framescope.html over file://): typing in
// the header's search box, highlighted snippets, facets, links that reopen a search, Back,
// malformed queries, matches in the reading view, and axe-core on the search views.
// Every page is watched (watch() in harness.mjs); test 8 fails on anything the page did
// wrong in any test before it or in its own tour, so the other tests fail only on what
// they check. The same core checks run in Firefox in search-firefox.test.mjs.
//
// Seed-corpus facts these tests rely on (corpus/*.txt and corpus/corpus.toml): "Matamoros"
// is in the NPR piece and the policy blog only; "Merida" (no accent) only in InSight
// Crime; "Napolitano" in NPR, McClatchy and the policy blog; "intelligence" in the text of
// all five; "sponsors" and "donate" only in page chrome, which is never indexed.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertAxeClean,
  assertNoProblems,
  axeViolations,
  describeViolations,
  foldWord,
  hashOf,
  linkEncode,
  readManifest,
  resultIds,
  searchHash,
  startChromium,
  stepThroughMatches,
  stopChromium,
  waitForHash,
  waitForResults,
  whenBuilt,
  withPage,
  withTour,
  wordFormMatches,
  waitInViewport,
} from './harness.mjs';

const articles = readManifest();
const byId = Object.fromEntries(articles.map((a) => [a.id, a]));
const NPR = 'npr-2013-cooperation-closer-look';
const INSIGHT = 'insight-crime-2013-southwest-border-strategy';
const MCCLATCHY = 'mcclatchy-2012-relations-improve';
const BLOG = 'policy-blog-2013-border-cooperation';
const WAPO = 'washington-post-2017-cooperation-under-trump';
const ALL = [NPR, MCCLATCHY, BLOG, WAPO, INSIGHT];

const sorted = (ids) => [...ids].sort();

/** Opens the search view for `query` by typing it into the header's box (one input event). */
async function search(page, query) {
  await page.fill('#search-input', query);
  await waitForHash(page, searchHash(query));
  return waitForResults(page, query);
}

/** The expected summary for n articles (passages not checked). */
const summaryFor = (n) =>
  n === 0 ? /^No article matches\.$/ : n === 1 ? /^1 article matches, in \d+ passages?\.$/ : new RegExp(`^${n} articles match, in \\d+ passages?\\.$`);

/** Facet links as { label, count, href, active, current }. */
const facets = (page) =>
  page.locator('nav.facets a.facet').evaluateAll((as) =>
    as.map((a) => ({
      label: a.querySelector('.facet-label')?.textContent.trim(),
      count: Number(a.querySelector('.facet-count')?.textContent.trim()),
      href: a.getAttribute('href'),
      active: a.classList.contains('active'),
      current: a.getAttribute('aria-current'),
    })),
  );

/**
 * Every result's highlights: the marked words of its title and snippet, the words of the
 * snippet left unmarked, and its foot.
 */
const resultMarks = (page) =>
  page.locator('li[data-testid=result]').evaluateAll((lis) =>
    lis.map((li) => {
      const snippet = li.querySelector('p.snippet');
      const unmarked = [];
      if (snippet) {
        const walker = document.createTreeWalker(snippet, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.parentElement.closest('mark')) unmarked.push(...(n.textContent.match(/[\p{L}\p{N}’'.]+/gu) ?? []));
        }
      }
      return {
        id: li.dataset.id,
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
        snippetMarks: snippet ? [...snippet.querySelectorAll('mark')].map((m) => m.textContent) : [],
        unmarked,
        foot: li.querySelector('p.result-foot')?.textContent.trim() ?? '',
      };
    }),
  );

/** The reading view's match bar: position text and the current mark's index (or null). */
const matchState = (page) =>
  page.evaluate(() => {
    const current = [...document.querySelectorAll('[data-testid=article-body] mark.current')];
    return {
      position: document.querySelector('[data-testid=match-bar] .match-position')?.textContent.trim(),
      current: current.map((m) => Number(m.dataset.match)),
    };
  });

/** The filtered search of test 3, as its link; test 4 reopens it. */
const FILTERED_QUERY = 'cooperation outlet:NPR ';

whenBuilt(() => {
  for (const kind of ['http', 'file']) {
    describe(`Search in Chromium: ${kind === 'http' ? 'dist/ over http://127.0.0.1' : 'dist/framescope.html over file://'}`, () => {
      let browser;
      let server;
      let target;
      // What the page did wrong in any test; test 8 judges it.
      const seen = [];
      // The link test 3 ended on, with its filter; test 4 reopens it.
      let filteredHash;

      before(async () => {
        ({ server, target, browser } = await startChromium(kind));
      });

      after(() => stopChromium({ browser, server }));

      const open = (t, hash, fn, options = {}) => withPage(browser, target, hash, fn, { log: seen, label: t.name, ...options });

      it('1. typing updates the results at every keystroke, the hash follows, focus stays in the box', async (t) => {
        await open(t, '#/', async (page) => {
          await page.waitForSelector('tr[data-testid=article-row]');
          // After every input event, once the app has reacted (a task later): what the page shows.
          await page.evaluate(() => {
            window.__typing = [];
            document.addEventListener(
              'input',
              (e) => {
                const typed = e.target.value;
                setTimeout(() => {
                  const input = document.getElementById('search-input');
                  window.__typing.push({
                    typed,
                    value: input?.value,
                    active: document.activeElement?.id ?? document.activeElement?.tagName,
                    h1: document.querySelector('main h1')?.textContent.trim(),
                    hash: location.hash,
                    summary: document.querySelector('[data-testid=search-summary]')?.textContent.trim() ?? null,
                  });
                }, 0);
              },
              true,
            );
          });
          await page.click('#search-input');
          await page.keyboard.type('Matam', { delay: 30 });
          await waitForHash(page, searchHash('Matam'));
          await waitForResults(page, 'Matam');

          const steps = await page.evaluate(() => window.__typing);
          assert.deepEqual(steps.map((s) => s.typed), ['M', 'Ma', 'Mat', 'Mata', 'Matam'], 'one input event per keystroke');
          for (const s of steps) {
            assert.equal(s.active, 'search-input', `focus stays in the search box after typing “${s.typed}”`);
            assert.equal(s.h1, `Search “${s.value}”`, `the results follow the box at once after typing “${s.typed}”`);
            assert.equal(s.hash, searchHash(s.value), `the hash follows the box after typing “${s.typed}”`);
            assert.ok(s.summary, `a summary is shown after typing “${s.typed}”`);
          }
          assert.equal(await page.inputValue('#search-input'), 'Matam', 'no keystroke was lost or reordered');
          assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input', 'focus is still in the box');

          assert.match(await page.textContent('[data-testid=search-summary]'), summaryFor(2));
          assert.deepEqual(sorted(await resultIds(page)), sorted([NPR, BLOG]), 'the two Matamoros articles');
          for (const r of await resultMarks(page)) {
            assert.match(r.foot, /matched as the start of a word/, `${r.id} says it matched a word start`);
            assert.ok(r.marks.some((m) => foldWord(m) === 'matamoros'), `${r.id} marks “Matamoros”: ${JSON.stringify(r.marks)}`);
          }
          assert.match(await page.title(), /^Search: Matam — Framescope$/);

          // Finishing the word and a space: an exact match now, no prefix note.
          await page.keyboard.type('oros ', { delay: 30 });
          await waitForHash(page, searchHash('Matamoros '));
          await waitForResults(page, 'Matamoros');
          assert.deepEqual(sorted(await resultIds(page)), sorted([NPR, BLOG]));
          for (const r of await resultMarks(page)) assert.doesNotMatch(r.foot, /start of a word|close spelling/, `${r.id}: ${r.foot}`);

          // Enter submits nothing new: no reload, no new history entry, same hash.
          const length = await page.evaluate(() => {
            window.__sameDocument = true;
            return history.length;
          });
          await page.keyboard.press('Enter');
          await page.waitForTimeout(200);
          assert.equal(await page.evaluate(() => window.__sameDocument), true, 'Enter does not reload the page');
          assert.equal(await page.evaluate(() => history.length), length, 'Enter adds no history entry');
          assert.equal(await hashOf(page), searchHash('Matamoros '));

          // Typing fast (no delay) loses nothing either, and an edit inside the word keeps the caret.
          await page.fill('#search-input', '');
          await page.keyboard.type('Napolitano agreement', { delay: 0 });
          await waitForResults(page, 'Napolitano agreement');
          assert.equal(await page.inputValue('#search-input'), 'Napolitano agreement', 'fast typing loses no character');
          await page.keyboard.press('Home');
          for (let i = 0; i < 'Napolitano'.length; i++) await page.keyboard.press('ArrowRight');
          await page.keyboard.type(' Mexico', { delay: 30 });
          await waitForResults(page, 'Napolitano Mexico agreement');
          assert.equal(await page.inputValue('#search-input'), 'Napolitano Mexico agreement', 'typing inside the query keeps the caret where it was');
          assert.equal(
            await page.evaluate(() => document.getElementById('search-input').selectionStart),
            'Napolitano Mexico'.length,
            'the caret stays after the inserted word',
          );
        });
      });

      it('2. snippets are highlighted: every mark is a form of a query word, each result has one, no query word is left unmarked', async (t) => {
        const queries = [
          ['Matamoros agreement', [NPR, BLOG], 'exact'],
          ['Mérida', [INSIGHT], 'exact'],
          ['Napolitno', [NPR, MCCLATCHY, BLOG], 'typo'],
          ['intelligence', ALL, 'exact'],
          ['cooperation', ALL, 'exact'],
          ['"border security"', null, 'exact'],
        ];
        await open(t, '#/', async (page) => {
          for (const [query, expected, quality] of queries) {
            const summary = await search(page, query);
            const ids = await resultIds(page);
            if (expected) {
              assert.match(summary, summaryFor(expected.length), `summary for ${query}`);
              assert.deepEqual(sorted(ids), sorted(expected), `results for ${query}`);
            } else {
              assert.ok(ids.length >= 1, `${query} finds something`);
            }
            const words = query.replace(/"/g, '').split(/\s+/).filter(Boolean);
            for (const r of await resultMarks(page)) {
              assert.ok(r.snippetMarks.length >= 1, `the snippet of ${r.id} for ${query} has a mark`);
              for (const m of r.marks) {
                assert.ok(
                  words.some((w) => wordFormMatches(m, w)),
                  `the mark “${m}” in ${r.id} is a form of a word of ${query}`,
                );
              }
              const missed = r.unmarked.filter((w) => words.some((q) => foldWord(w) === foldWord(q)));
              assert.deepEqual(missed, [], `every “${words.join('”, “')}” in the snippet of ${r.id} is marked`);
              if (quality === 'typo') assert.match(r.foot, /matched a close spelling/, `${r.id} for ${query}: ${r.foot}`);
              else assert.doesNotMatch(r.foot, /close spelling|start of a word/, `${r.id} for ${query}: ${r.foot}`);
            }
          }
          // Accents fold both ways: the corpus writes Merida, the query Mérida (above) or Merida.
          await search(page, 'Merida');
          assert.deepEqual(await resultIds(page), [INSIGHT]);
          // Page chrome is never indexed.
          for (const query of ['sponsors', 'donate']) {
            assert.match(await search(page, query), /^No article matches\.$/, `${query} (page chrome) matches nothing`);
            assert.equal(await page.locator('li[data-testid=result]').count(), 0);
            assert.equal(await page.locator('nav.facets').count(), 0, 'no facets without results');
          }
        });
      });

      it('3. a facet filters the results and clicking it again removes the filter', async (t) => {
        await open(t, searchHash('cooperation'), async (page) => {
          await waitForResults(page, 'cooperation');
          assert.deepEqual(sorted(await resultIds(page)), sorted(ALL), 'cooperation is in all five');
          const before = await facets(page);
          const npr = before.find((f) => f.label === 'NPR');
          assert.ok(npr, `an NPR outlet facet: ${JSON.stringify(before)}`);
          assert.equal(npr.count, 1);
          assert.equal(npr.active, false);
          assert.ok(before.some((f) => f.label === '2013' && f.count === 3), `a 2013 year facet counting 3: ${JSON.stringify(before)}`);

          await page.click('nav.facets a.facet:has(.facet-label:text-is("NPR"))');
          await waitForHash(page, searchHash(FILTERED_QUERY));
          await waitForResults(page, FILTERED_QUERY);
          filteredHash = await hashOf(page);
          assert.deepEqual(await resultIds(page), [NPR], 'only the NPR article');
          assert.match(await page.textContent('[data-testid=search-summary]'), summaryFor(1));
          assert.match(await page.inputValue('#search-input'), /(^|\s)outlet:NPR(\s|$)/, 'the box shows the filter');
          assert.match(await page.textContent('main h1'), /outlet:NPR/, 'the heading shows the filter');
          const active = page.locator('nav.facets a.facet.active');
          assert.equal(await active.count(), 1, 'one active facet');
          assert.equal((await active.locator('.facet-label').textContent()).trim(), 'NPR');
          assert.equal(await active.getAttribute('aria-current'), 'true');

          await active.click();
          await waitForHash(page, searchHash('cooperation'));
          await waitForResults(page, 'cooperation');
          assert.deepEqual(sorted(await resultIds(page)), sorted(ALL), 'all results are back');
          assert.equal(await page.inputValue('#search-input'), 'cooperation', 'the filter left the box');
          assert.equal(await page.locator('nav.facets a.facet.active').count(), 0, 'no facet is active');

          // A year facet works the same way.
          await page.click('nav.facets a.facet:has(.facet-label:text-is("2013"))');
          await waitForHash(page, searchHash('cooperation year:2013 '));
          await waitForResults(page, 'cooperation year:2013');
          assert.deepEqual(sorted(await resultIds(page)), sorted([NPR, BLOG, INSIGHT]), 'the 2013 articles');
          assert.equal(await page.locator('nav.facets a.facet.active[aria-current=true]').count(), 1);
        });
      });

      it('4. a copied link restores the search, filter and all', async (t) => {
        const hash = filteredHash ?? searchHash(FILTERED_QUERY);
        assert.equal(hash, searchHash(FILTERED_QUERY), 'test 3 ended on the filtered link');
        await open(t, hash, async (page) => {
          await waitForResults(page, FILTERED_QUERY);
          assert.deepEqual(await resultIds(page), [NPR], 'the same single result');
          assert.equal(await page.inputValue('#search-input'), FILTERED_QUERY, 'the box holds the query');
          assert.equal(await page.locator('nav.facets a.facet.active[aria-current=true]').count(), 1, 'the facet is active');
          assert.equal(await hashOf(page), hash);
          assert.match(await page.title(), /^Search: cooperation outlet:NPR — Framescope$/);
        });
        // Queries with characters that mean something in a URL survive the round trip.
        for (const query of ['"border security" -Trump', 'Peña & Nieto = 100%', 'outlet:"InSight Crime" Mérida']) {
          await open(t, searchHash(query), async (page) => {
            await waitForResults(page, query);
            assert.equal(await page.inputValue('#search-input'), query, `the box holds ${query}`);
            assert.equal(await page.locator('[data-testid=not-found]').count(), 0);
          });
        }
        await open(t, searchHash('outlet:"InSight Crime" Mérida'), async (page) => {
          await waitForResults(page, 'outlet:"InSight Crime" Mérida');
          assert.deepEqual(await resultIds(page), [INSIGHT]);
        });
      });

      it('5. Back after typing a search returns to the view before it (the typing made one history entry)', async (t) => {
        await open(t, '#/', async (page) => {
          await page.waitForSelector('tr[data-testid=article-row]');
          const length = await page.evaluate(() => history.length);
          await page.click('#search-input');
          await page.keyboard.type('cartel', { delay: 30 });
          await waitForHash(page, searchHash('cartel'));
          await waitForResults(page, 'cartel');
          assert.equal(await page.evaluate(() => history.length), length + 1, 'six keystrokes, one history entry');

          await page.goBack();
          await waitForHash(page, '#/');
          await page.waitForSelector('tr[data-testid=article-row]');
          assert.equal((await page.textContent('main h1')).trim(), 'Library');
          assert.equal(await page.inputValue('#search-input'), '', 'the box is empty again in the library');

          await page.goForward();
          await waitForHash(page, searchHash('cartel'));
          await waitForResults(page, 'cartel');
          assert.equal(await page.inputValue('#search-input'), 'cartel');
        });
        // From an article too.
        await open(t, `#/article/${MCCLATCHY}`, async (page) => {
          await page.waitForSelector('[data-testid=article-body]');
          await page.click('#search-input');
          await page.keyboard.type('border', { delay: 30 });
          await waitForResults(page, 'border');
          await page.goBack();
          await waitForHash(page, `#/article/${MCCLATCHY}`);
          await page.waitForSelector('[data-testid=article-body]');
          assert.equal((await page.textContent('h1#article-title')).trim(), byId[MCCLATCHY].title);
        });
      });

      it('6a. an unclosed quote still gives results and a hint naming its character position', async (t) => {
        await open(t, '#/', async (page) => {
          for (const [query, at] of [
            ['"border security', 1],
            ['Mexico "border security', 8],
          ]) {
            const summary = await search(page, query);
            assert.match(summary, /^\d+ articles? match/, `${query} gives results: ${summary}`);
            assert.ok((await resultIds(page)).length >= 1);
            const hints = await page.locator('[data-testid=hints] li').allTextContents();
            assert.ok(
              hints.some((h) => h.startsWith(`At character ${at}:`) && /quote is not closed/.test(h)),
              `a hint at character ${at} about the quote: ${JSON.stringify(hints)}`,
            );
          }
          // A well-formed query has no hints.
          await search(page, '"border security"');
          assert.equal(await page.locator('[data-testid=hints]').count(), 0, 'no hints for a well-formed query');
        });
      });

      it('6b. a lone OR gives a hint and no error', async (t) => {
        await open(t, '#/', async (page) => {
          const summary = await search(page, 'OR');
          const hints = await page.locator('[data-testid=hints] li').allTextContents();
          assert.ok(hints.some((h) => /^At character 1: .*OR/.test(h)), `a hint about OR: ${JSON.stringify(hints)}`);
          assert.ok(summary.length > 0);
          assert.equal(await page.locator('[role=alert], [data-testid=not-found]').count(), 0, 'no error shown');
          assert.equal(await page.locator('li[data-testid=result]').count(), 0);
          for (const query of ['OR cartel', 'cartel OR', 'cartel OR OR border']) {
            await search(page, query);
            assert.ok((await resultIds(page)).length >= 1, `${query} still searches its words`);
            assert.ok((await page.locator('[data-testid=hints] li').count()) >= 1, `${query} gets a hint`);
          }
        });
      });

      const LONG_WORDS = ['border', 'cartel', 'Mexico', 'cooperation', 'Napolitno', '"security', 'OR', '-Trump', 'year:20x3', 'Peña'];
      /** A 2,000-character query of words, phrases, filters and operators. */
      const longQuery = () => {
        let long = '';
        for (let i = 0; long.length < 2000; i++) long += `${LONG_WORDS[i % LONG_WORDS.length]} `;
        return long.slice(0, 2000);
      };

      it('6c. a 2,000-character query does not hang or fail; a hint says it was cut', async (t) => {
        const long = longQuery();
        assert.equal(long.length, 2000);
        let typedSummary;
        await open(t, '#/', async (page) => {
          for (const query of [long, 'a'.repeat(2000)]) {
            const what = query === long ? 'the long query of words' : 'the long query without spaces';
            const started = Date.now();
            await page.fill('#search-input', query);
            await waitForHash(page, searchHash(query));
            await waitForResults(page, query);
            const took = Date.now() - started;
            if (query === long) typedSummary = (await page.textContent('[data-testid=search-summary]')).trim();
            assert.ok(took < 5_000, `${what}: the results came in ${took} ms`);
            const hints = await page.locator('[data-testid=hints] li').allTextContents();
            assert.ok(
              hints.some((h) => /^At character 501: .*long/i.test(h)),
              `${what}: a hint at character 501 about the length: ${JSON.stringify(hints)}`,
            );
            // Still responsive: one more keystroke is answered quickly.
            const t0 = Date.now();
            await page.keyboard.press('End');
            await page.keyboard.type('x');
            await waitForHash(page, searchHash(query + 'x'));
            assert.ok(Date.now() - t0 < 5_000, `${what}: a keystroke after it is answered`);
            assert.equal(await page.locator('[role=alert], [data-testid=not-found]').count(), 0, `${what}: no error shown`);
            assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input', `${what}: focus stays in the box`);
          }
        });
        // The same from a link.
        await open(t, searchHash(long), async (page) => {
          await waitForResults(page, long);
          assert.equal((await page.textContent('[data-testid=search-summary]')).trim(), typedSummary, 'the link finds what typing found');
          const hints = await page.locator('[data-testid=hints] li').allTextContents();
          assert.ok(hints.some((h) => /^At character 501: .*long/i.test(h)), `the link says the query was cut: ${JSON.stringify(hints)}`);
        });
      });

      it('6d. a long query does not make the page wider than the window (results view and match bar)', async (t) => {
        const cases = [
          ['a query of 2,000 characters with spaces', searchHash(longQuery()), '[data-testid=search-summary]'],
          ['a query of 2,000 characters without spaces', searchHash('a'.repeat(2000)), '[data-testid=search-summary]'],
          ['a pasted link as the query', searchHash(`https://example.org/${'news/'.repeat(30)}cooperation`), '[data-testid=search-summary]'],
          ['the match bar of a long query without spaces', `#/article/${NPR}?q=${'b'.repeat(400)}`, '[data-testid=match-bar]'],
        ];
        const wide = [];
        for (const [what, hash, ready] of cases) {
          await open(t, hash, async (page) => {
            await page.waitForSelector(ready);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            const culprit = await page.evaluate(() => {
              const w = window.innerWidth;
              const e = [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > w + 1).pop();
              return e ? `<${e.tagName.toLowerCase()}${e.className ? ` class="${e.className}"` : ''}>` : 'none';
            });
            if (overflow > 0) wide.push(`${what}: the page is ${overflow} px wider than the 1280 px window (widest: ${culprit})`);
          });
        }
        assert.deepEqual(wide, [], 'a long query scrolls the page sideways');
      });

      it('7. the reading view steps through the matches in order, wraps, and goes back to the results', async (t) => {
        const query = 'cooperation';
        await open(t, searchHash(query), async (page) => {
          await waitForResults(page, query);
          const link = page.locator(`li[data-testid=result][data-id="${NPR}"] h2 a`);
          assert.equal(await link.getAttribute('href'), `#/article/${NPR}?q=${linkEncode(query)}`);
          await link.click();
          await waitForHash(page, `#/article/${NPR}?q=${linkEncode(query)}`);
          await page.waitForSelector('[data-testid=match-bar]', { state: 'visible' });
          assert.equal((await page.textContent('h1#article-title')).trim(), byId[NPR].title);
          const bar = page.locator('[data-testid=match-bar]');
          assert.match(await bar.innerText(), /Matches for “cooperation”/);

          const marks = await page.locator('[data-testid=article-body] mark').evaluateAll((ms) =>
            ms.map((m) => ({ n: Number(m.dataset.match), text: m.textContent })),
          );
          const n = marks.length;
          assert.ok(n >= 2, `several matches are marked in the body (${n})`);
          assert.deepEqual(marks.map((m) => m.n), [...Array(n).keys()], 'marks are numbered 0… in reading order');
          for (const m of marks) assert.ok(wordFormMatches(m.text, query), `the mark “${m.text}” is a form of “${query}”`);
          assert.equal((await matchState(page)).position, `${n} matches`);
          assert.deepEqual((await matchState(page)).current, [], 'no current match before stepping');

          const next = bar.getByRole('button', { name: 'Next' });
          const previous = bar.getByRole('button', { name: 'Previous' });
          const expectCurrent = async (i, what) => {
            await page.waitForFunction(
              (want) => document.querySelector('[data-testid=match-bar] .match-position')?.textContent.trim() === want,
              `Match ${i + 1} of ${n}`,
            );
            assert.deepEqual((await matchState(page)).current, [i], `${what}: mark ${i} alone is current`);
            await waitInViewport(page, '[data-testid=article-body] mark.current', `${what}: match ${i + 1}`, { whole: true });
          };
          await stepThroughMatches(n, next, previous, expectCurrent);

          await bar.getByRole('link', { name: 'Back to results' }).click();
          await waitForHash(page, searchHash(query));
          await waitForResults(page, query);
          assert.deepEqual(sorted(await resultIds(page)), sorted(ALL));
          assert.equal(await page.inputValue('#search-input'), query);

          // Clear leaves the article without highlights.
          await page.click(`li[data-testid=result][data-id="${INSIGHT}"] h2 a`);
          await page.waitForSelector('[data-testid=match-bar]');
          await page.locator('[data-testid=match-bar]').getByRole('link', { name: 'Clear' }).click();
          await waitForHash(page, `#/article/${INSIGHT}`);
          await page.waitForSelector('[data-testid=article-body]');
          assert.equal(await page.locator('[data-testid=match-bar]').count(), 0, 'no match bar');
          assert.equal(await page.locator('[data-testid=article-body] mark').count(), 0, 'no marks');
        });
        // A typo query highlights the words it matched in the article too.
        await open(t, `#/article/${MCCLATCHY}?q=Napolitno`, async (page) => {
          await page.waitForSelector('[data-testid=match-bar]');
          const marks = await page.locator('[data-testid=article-body] mark').allTextContents();
          assert.ok(marks.length >= 1 && marks.every((m) => foldWord(m) === 'napolitano'), `Napolitano marked: ${JSON.stringify(marks)}`);
          assert.equal((await matchState(page)).position, `${marks.length} ${marks.length === 1 ? 'match' : 'matches'}`);
        });
      });

      const AXE_CASES = [
        ['results', searchHash('cooperation'), '[data-testid=results] li[data-testid=result]', null],
        ['results with an active facet and a hint', searchHash('outlet:unattributed "border security'), 'nav.facets a.facet.active', null],
        ['no results', searchHash('donate'), '[data-testid=search-summary]', null],
        ['reading view with matches', `#/article/${NPR}?q=cooperation`, '[data-testid=article-body] mark', 'Next'],
      ];
      for (const scheme of ['light', 'dark']) {
        for (const [view, hash, ready, press] of AXE_CASES) {
          it(`9. no axe violation: ${view}, ${scheme} scheme`, async (t) => {
            await open(
              t,
              hash,
              async (page) => {
                await page.waitForSelector(ready, { state: 'visible' });
                if (press) {
                  await page.locator('[data-testid=match-bar]').getByRole('button', { name: press }).click();
                  await page.waitForSelector('[data-testid=article-body] mark.current');
                }
                await assertAxeClean(page, scheme);
              },
              { context: { colorScheme: scheme } },
            );
          });
        }
      }
      it('9. no axe violation: results on a phone (390×844)', async (t) => {
        await open(
          t,
          searchHash('intelligence'),
          async (page) => {
            await page.waitForSelector('li[data-testid=result]');
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            assert.ok(overflow <= 0, `the results are ${overflow} px wider than the phone`);
            const { violations } = await axeViolations(page);
            assert.equal(violations.length, 0, `axe found ${violations.length} violation(s):\n    ${describeViolations(violations)}`);
          },
          { context: { viewport: { width: 390, height: 844 } } },
        );
      });

      it('8. searching makes no request and no console error or warning, in a tour and in every test above', async () => {
        const own = [];
        await withTour(browser, target, async (page, watcher) => {
          await page.waitForSelector('tr[data-testid=article-row]');
          const loaded = watcher.requests.length;
          assert.ok(loaded > 0, 'the page load was seen');

          await page.click('#search-input');
          await page.keyboard.type('Napolitno', { delay: 20 });
          await waitForResults(page, 'Napolitno');
          await page.click('nav.facets a.facet:has(.facet-label:text-is("NPR"))');
          await waitForResults(page, 'Napolitno outlet:NPR');
          await page.click(`li[data-testid=result][data-id="${NPR}"] h2 a`);
          await page.waitForSelector('[data-testid=match-bar]');
          await page.locator('[data-testid=match-bar]').getByRole('button', { name: 'Next' }).click();
          await page.locator('[data-testid=match-bar]').getByRole('button', { name: 'Previous' }).click();
          await page.locator('[data-testid=match-bar]').getByRole('link', { name: 'Back to results' }).click();
          await waitForResults(page, 'Napolitno outlet:NPR');
          for (const query of ['"border security', 'OR', '-Trump', 'year:20x3 cartel', 'author:"Carrie Kahn" date:2013-07', '!!! ???', 'x'.repeat(600)]) {
            await search(page, query);
          }
          // Back leaves the search (the searches typed above replaced one entry): the article read before.
          await page.goBack();
          await waitForHash(page, `#/article/${NPR}?q=${linkEncode('Napolitno outlet:NPR')}`);
          await page.waitForSelector('[data-testid=match-bar]');
          own.push(...watcher.problems.map((problem) => ({ problem, label: 'the search tour' })));
          const after = watcher.requests.slice(loaded);
          assert.deepEqual(after, [], 'searching, filtering and reading matches request nothing');
        });
        assertNoProblems([...own, ...seen]);
      });
    });
  }
});
