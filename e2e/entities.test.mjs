// Entity chips, entity cards and quotes in the built page, in headless Chromium, opened
// both ways a reader opens it (dist/ over http://127.0.0.1 and dist/framescope.html over
// file://): chips that filter the library and combine with each other and with words,
// links that reopen a filter, the card's mentions and their line links, mentions linked in
// the reading view, the CSV downloads of #/entities and #/quotes, no entity from page
// chrome and no narrator among the speakers, and axe-core on every view of them. Every page
// is watched (watch() in harness.mjs); test 8 fails on anything the page did wrong in any
// test before it or in its own tour, so the other tests fail only on what they check.
// The core checks run in Firefox too, in entities-firefox.test.mjs.
//
// Seed-corpus facts these tests rely on (corpus/*.txt; `framescope export` lists them):
// Janet Napolitano (person-janet-napolitano) is named in NPR, McClatchy and the policy
// blog; Enrique Peña Nieto in four articles; Miguel Ángel Osorio Chong in NPR and the blog;
// the Department of Homeland Security is also written "DHS"; "Matamoros" is a word of NPR
// and the blog; the NPR reporter Carrie Kahn narrates and is never a speaker; the
// Washington Post repost has one anonymous quote ("a senior Mexican official…"); the
// captures' page chrome names Facebook, Malaysia Airlines, Venezuela, Tripoli and others
// that no chip may show. The rest is read from the page itself (its entity table).

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  duplicateIds,
  ROOT,
  VIEW_TIMEOUT,
  assertAxeClean,
  assertNoProblems,
  dataUrlText,
  hashOf,
  parseCsv,
  readManifest,
  resultIds,
  searchHash,
  startChromium,
  stopChromium,
  waitForHash,
  waitForResults,
  whenBuilt,
  withPage,
  withTour,
} from './harness.mjs';

const articles = readManifest();
const ARTICLE_IDS = articles.map((a) => a.id);
const NPR = 'npr-2013-cooperation-closer-look';
const MCCLATCHY = 'mcclatchy-2012-relations-improve';
const BLOG = 'policy-blog-2013-border-cooperation';
const WAPO = 'washington-post-2017-cooperation-under-trump';

const NAPOLITANO = 'person-janet-napolitano';
const PENA = 'person-enrique-pena-nieto';
const OSORIO = 'person-miguel-angel-osorio-chong';
const DHS = 'organisation-department-of-homeland-security';
const KAHN = 'person-carrie-kahn';
const NAPOLITANO_DOCS = [NPR, MCCLATCHY, BLOG];
const KINDS = ['person', 'organisation', 'place', 'other'];
/** Names in the captures' page chrome only (comment systems, related stories, site teasers). */
const CHROME_NAMES = ['Facebook', 'Malaysia Airlines', 'Venezuela', 'Tripoli', 'Roger Noriega', 'Samira Calehr'];
const ENTITY_HEADER = ['id', 'name', 'kind', 'role', 'aliases', 'mentions', 'articles'];
const QUOTE_HEADER = ['article', 'line', 'speaker_id', 'speaker', 'speaker_category', 'kind', 'text'];

const sorted = (ids) => [...ids].sort();
const intersect = (a, b) => a.filter((x) => b.includes(x));
/** Case and accents folded, spaces collapsed: how a mention is compared with a name. */
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The entity table of the page (its CSV link on #/entities), by id. */
function entityTable(csvText) {
  const [header, ...rows] = parseCsv(csvText);
  assert.deepEqual(header, ENTITY_HEADER, 'the entity CSV header');
  return new Map(
    rows.map((r) => {
      const [id, name, kind, role, aliases, mentions, docs] = r;
      return [id, { id, name, kind, role, aliases: aliases ? aliases.split('; ') : [], mentions: Number(mentions), articles: docs ? docs.split('; ') : [] }];
    }),
  );
}

/** The chips of one panel (`scope` is a CSS selector of the panel) as plain objects. */
const chipsIn = (page, scope) =>
  page.locator(`${scope} a.chip`).evaluateAll((as) =>
    as.map((a) => ({
      id: a.dataset.entity,
      kinds: [...a.classList].filter((c) => c !== 'chip' && c !== 'active'),
      name: a.querySelector('.chip-name')?.textContent.trim(),
      count: Number(a.querySelector('.chip-count')?.textContent.trim()),
      countLabel: a.querySelector('.chip-count')?.getAttribute('aria-label'),
      href: a.getAttribute('href'),
      title: a.getAttribute('title'),
      active: a.classList.contains('active'),
      current: a.getAttribute('aria-current'),
      group: a.closest('.chip-group')?.querySelector('h3')?.textContent.trim(),
    })),
  );

const LIBRARY_CHIPS = 'section.library [data-testid=chips]';
const SIDEBAR_CHIPS = 'nav.facets [data-testid=chips]';
const ASIDE_CHIPS = 'aside.metadata [data-testid=chips]';
const ALL_CHIPS = 'section.entities-view [data-testid=chips]';

/** The expected summary for n articles (passages not checked). */
const summaryFor = (n) =>
  n === 0 ? /^No article matches\.$/ : n === 1 ? /^1 article matches, in \d+ passages?\.$/ : new RegExp(`^${n} articles match, in \\d+ passages?\\.$`);

/** Every entity card of the view, read whole. */
const cards = (page) =>
  page.locator('[data-testid=entity-card]').evaluateAll((arts) =>
    arts.map((c) => {
      const h2 = c.querySelector('h2');
      const groups = [...c.querySelectorAll('ul.mention-groups > li')].map((li) => ({
        article: li.querySelector(':scope > a')?.getAttribute('href'),
        mentions: [...li.querySelectorAll('ul.mention-list > li')].map((m) => {
          const link = m.querySelector('a.line-link');
          const mark = m.querySelector('mark.mention');
          return {
            href: link?.getAttribute('href'),
            linkText: link?.textContent.trim(),
            mark: mark?.textContent,
            marks: m.querySelectorAll('mark.mention').length,
            sentence: m.textContent.slice((link?.textContent ?? '').length).trim(),
          };
        }),
      }));
      return {
        labelledBy: c.getAttribute('aria-labelledby'),
        headingId: h2?.id,
        name: h2?.firstChild?.textContent.trim(),
        badge: h2?.querySelector('.kind-badge')?.textContent.trim(),
        badgeClass: h2?.querySelector('.kind-badge')?.className,
        role: c.querySelector('.role')?.textContent.trim() ?? null,
        aliases: c.querySelector('.aliases')?.textContent.trim() ?? null,
        summary: c.querySelector('details > summary')?.textContent.trim(),
        groups,
        marks: c.querySelectorAll('mark.mention').length,
        quotes: [...c.querySelectorAll('.quote-list > li')].map((li) => li.textContent.trim()),
        appearsWith: [...c.querySelectorAll('h3 + ul.chips a.chip')].map((a) => a.getAttribute('href')),
      };
    }),
  );

/** Clicks the chip of `id` in the panel `scope`; waits for the search it links to. */
async function clickChip(page, scope, id) {
  const chip = page.locator(`${scope} a.chip[data-entity="${id}"]`);
  assert.equal(await chip.count(), 1, `one chip of ${id} in ${scope}`);
  const href = await chip.getAttribute('href');
  const query = decodeURIComponent(href.replace(/^#\/search\?q=/, ''));
  await chip.click();
  await waitForHash(page, href);
  await waitForResults(page, query);
  return { href, query };
}

/** Ids of the active chips in the results' sidebar. */
const activeChips = (page) =>
  page.locator(`${SIDEBAR_CHIPS} a.chip.active`).evaluateAll((as) =>
    as.map((a) => ({ id: a.dataset.entity, current: a.getAttribute('aria-current') })),
  );

/** [first, last] source lines, role and text of each block the captured view marks. */
const markedBlocks = (page) =>
  page.locator('[data-testid=captured] li.block.target').evaluateAll((els) =>
    els.map((el) => {
      const n = el.querySelector('.lines').textContent.match(/\d+/g).map(Number);
      return { first: n[0], last: n.at(-1), role: el.dataset.role, text: el.querySelector('.block-text').textContent };
    }),
  );

/** The table of quotes on #/quotes, one object per row, with its article. */
const quoteRows = (page) =>
  page.locator('tr[data-testid=quote-row]').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('td')];
      const speakerLink = cells[0].querySelector('a');
      const line = cells[4].querySelector('a');
      return {
        section: tr.closest('section.quotes-article')?.querySelector('h2 a')?.getAttribute('href'),
        speaker: cells[0].textContent.trim(),
        speakerHref: speakerLink?.getAttribute('href') ?? null,
        described: !!cells[0].querySelector('em'),
        category: cells[1].textContent.trim(),
        kind: cells[2].textContent.trim(),
        words: cells[3].textContent,
        lineText: line?.textContent.trim(),
        lineHref: line?.getAttribute('href'),
      };
    }),
  );

/** A speaker category as the CSV names it, from the label the table shows. */
function categoryKey(label) {
  const fixed = {
    Government: 'government',
    Politician: 'politician',
    'Analyst or think tank': 'analyst',
    Journalist: 'journalist',
    'Anonymous source': 'anonymous',
    Other: 'other',
  };
  if (label in fixed) return fixed[label];
  const m = label.match(/^(.+) government$/);
  return m ? `${m[1].toLowerCase().replace(/[^\p{L}\p{N}]/gu, '_')}_government` : `unknown label ${label}`;
}

/** Clicks a download link and returns { name, text } of what the browser saved. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const failure = await file.failure();
  assert.equal(failure, null, `the download of ${selector} did not fail`);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

whenBuilt(() => {
  for (const kind of ['http', 'file']) {
    describe(`Entities and quotes in Chromium: ${kind === 'http' ? 'dist/ over http://127.0.0.1' : 'dist/framescope.html over file://'}`, () => {
      let browser;
      let server;
      let target;
      // What the page did wrong in any test; test 8 judges it.
      const seen = [];
      // The page's own entity table (its CSV on #/entities), by id.
      let table;
      // The results of the two-chip filter of test 1; test 2 reopens its link.
      let twoChips;

      before(async () => {
        ({ server, target, browser } = await startChromium(kind));
        await withPage(
          browser,
          target,
          '#/entities',
          async (page) => {
            table = entityTable(dataUrlText(await page.getAttribute('a[data-testid=entities-csv]', 'href')));
          },
          { log: seen, label: 'reading the entity table' },
        );
      });

      after(() => stopChromium({ browser, server }));

      const open = (t, hash, fn, options = {}) => withPage(browser, target, hash, fn, { log: seen, label: t.name, ...options });
      const docsOf = (id) => {
        assert.ok(table.has(id), `the entity table has ${id}`);
        return table.get(id).articles;
      };

      it('0. the seed facts hold in the entity table the page carries', () => {
        assert.deepEqual(sorted(docsOf(NAPOLITANO)), sorted(NAPOLITANO_DOCS), 'Janet Napolitano: NPR, McClatchy, the policy blog');
        assert.equal(docsOf(PENA).length, 4, 'Enrique Peña Nieto is in four articles');
        assert.deepEqual(sorted(docsOf(OSORIO)), sorted([NPR, BLOG]), 'Osorio Chong: NPR and the blog');
        assert.ok(table.get(DHS).aliases.includes('DHS'), 'the Department of Homeland Security is also written DHS');
        assert.equal(table.get(KAHN)?.name, 'Carrie Kahn', 'the NPR reporter is an entity (so the speaker check means something)');
        for (const e of table.values()) {
          assert.ok(KINDS.includes(e.kind), `${e.id} has a known kind (${e.kind})`);
          assert.ok(e.id.startsWith(`${e.kind}-`), `${e.id} starts with its kind`);
          assert.ok(e.mentions >= e.articles.length && e.articles.length >= 1, `${e.id}: ${e.mentions} mentions in ${e.articles.length} articles`);
          for (const a of e.articles) assert.ok(ARTICLE_IDS.includes(a), `${e.id} names a known article: ${a}`);
        }
      });

      it('1. a library chip filters the articles and shows its card; a second chip ANDs; an active chip removes itself', async (t) => {
        await open(t, '#/', async (page) => {
          await page.waitForSelector(`${LIBRARY_CHIPS} a.chip`);
          // The library's panel: at most ten chips per kind, most salient first, the rest one link away.
          const library = await chipsIn(page, LIBRARY_CHIPS);
          const groups = await page.locator(`${LIBRARY_CHIPS} .chip-group`).evaluateAll((gs) =>
            gs.map((g) => ({
              heading: g.querySelector('h3').textContent.trim(),
              ids: [...g.querySelectorAll('a.chip')].map((a) => a.dataset.entity),
              more: g.querySelector('.more-chips a')?.textContent.trim() ?? null,
              moreHref: g.querySelector('.more-chips a')?.getAttribute('href') ?? null,
            })),
          );
          assert.ok(groups.length >= 3, `chips of several kinds: ${groups.map((g) => g.heading).join(', ')}`);
          for (const g of groups) {
            const total = Number(g.heading.match(/\((\d+)\)$/)?.[1]);
            const kindOf = table.get(g.ids[0]).kind;
            assert.equal(total, [...table.values()].filter((e) => e.kind === kindOf).length, `${g.heading}: the count of its kind`);
            assert.ok(g.ids.length <= 10 && g.ids.length === Math.min(10, total), `${g.heading}: ten chips at most (${g.ids.length})`);
            if (total > 10) {
              assert.equal(g.more, `${total - 10} more`, `${g.heading}: the rest are one link away`);
              assert.equal(g.moreHref, '#/entities');
            } else {
              assert.equal(g.more, null, `${g.heading}: no “more” link`);
            }
            const salience = g.ids.map((id) => [table.get(id).articles.length, table.get(id).mentions]);
            for (let i = 1; i < salience.length; i++) {
              const [[a0, m0], [a1, m1]] = [salience[i - 1], salience[i]];
              assert.ok(a0 > a1 || (a0 === a1 && m0 >= m1), `${g.heading}: ${g.ids[i - 1]} (${a0} articles, ${m0} mentions) before ${g.ids[i]} (${a1}, ${m1})`);
            }
          }
          for (const c of library) {
            const e = table.get(c.id);
            assert.ok(e, `the chip ${c.id} is an entity of the table`);
            assert.deepEqual(c.kinds, [e.kind], `${c.id} has its kind as class`);
            assert.equal(c.name, e.name);
            assert.equal(c.count, e.mentions, `${c.id} counts its mentions`);
            assert.equal(c.countLabel, `${e.mentions} ${e.mentions === 1 ? 'mention' : 'mentions'}`);
            assert.equal(c.href, searchHash(`entity:${c.id}`), `${c.id} links to its filter`);
            assert.equal(c.active, false);
            assert.equal(c.current, null);
          }
          const napolitano = library.find((c) => c.id === NAPOLITANO);
          assert.ok(napolitano, 'Janet Napolitano is among the library chips');

          // One chip: the articles that mention her, and her card.
          const one = await clickChip(page, LIBRARY_CHIPS, NAPOLITANO);
          assert.equal(one.query, `entity:${NAPOLITANO}`);
          assert.equal(await hashOf(page), searchHash(`entity:${NAPOLITANO}`), 'the hash holds the filter');
          assert.match(await page.textContent('[data-testid=search-summary]'), summaryFor(3));
          assert.deepEqual(sorted(await resultIds(page)), sorted(NAPOLITANO_DOCS), 'the articles that mention Janet Napolitano');
          assert.equal(await page.inputValue('#search-input'), one.query, 'the box shows the filter');
          let shown = await cards(page);
          assert.equal(shown.length, 1, 'one card');
          assert.equal(shown[0].name, 'Janet Napolitano');
          assert.equal(shown[0].badge, 'person');
          assert.equal(shown[0].role, table.get(NAPOLITANO).role, 'the card gives her role');
          assert.equal(shown[0].aliases, `Also written: ${table.get(NAPOLITANO).aliases.join(', ')}`);
          assert.deepEqual(await activeChips(page), [{ id: NAPOLITANO, current: 'true' }], 'her chip is active in the results');
          assert.equal(await page.locator(`${SIDEBAR_CHIPS} a.chip[data-entity="${NAPOLITANO}"]`).getAttribute('title'), 'Remove the filter on Janet Napolitano');

          // A second chip: both required.
          const two = await clickChip(page, SIDEBAR_CHIPS, OSORIO);
          assert.equal(two.query, `entity:${NAPOLITANO} entity:${OSORIO} `);
          const both = sorted(intersect(docsOf(NAPOLITANO), docsOf(OSORIO)));
          const ids = await resultIds(page);
          assert.deepEqual(sorted(ids), both, 'the articles that mention both');
          assert.ok(ids.length < 3, 'fewer results than with one chip');
          assert.deepEqual(sorted((await activeChips(page)).map((c) => c.id)), sorted([NAPOLITANO, OSORIO]), 'both chips are active');
          for (const c of await activeChips(page)) assert.equal(c.current, 'true', `${c.id} is aria-current`);
          shown = await cards(page);
          assert.deepEqual(shown.map((c) => c.name), ['Janet Napolitano', 'Miguel Ángel Osorio Chong'], 'a card per chip, in the order chosen');
          twoChips = { query: two.query, ids: sorted(ids) };

          // A chip whose articles all hold the first: no fewer results, both active.
          await page.goBack();
          await waitForResults(page, one.query);
          const pena = await clickChip(page, SIDEBAR_CHIPS, PENA);
          assert.deepEqual(sorted(await resultIds(page)), sorted(intersect(docsOf(NAPOLITANO), docsOf(PENA))));
          assert.ok((await resultIds(page)).length <= 3, 'no more results than with one chip');
          assert.deepEqual(sorted((await activeChips(page)).map((c) => c.id)), sorted([NAPOLITANO, PENA]));

          // Clicking an active chip removes it: the other chip's articles remain.
          await clickChip(page, SIDEBAR_CHIPS, NAPOLITANO);
          assert.equal(await hashOf(page), searchHash(`entity:${PENA}`), 'only the other filter is left');
          assert.deepEqual(sorted(await resultIds(page)), sorted(docsOf(PENA)), 'the articles that mention Peña Nieto');
          assert.deepEqual((await activeChips(page)).map((c) => c.id), [PENA]);
          assert.deepEqual((await cards(page)).map((c) => c.name), ['Enrique Peña Nieto'], 'only his card');
          assert.equal(await page.inputValue('#search-input'), `entity:${PENA}`);

          // And the last one: an empty search, no card.
          await clickChip(page, SIDEBAR_CHIPS, PENA);
          assert.equal(await hashOf(page), '#/search?q=');
          assert.equal(await page.locator('[data-testid=entity-card]').count(), 0, 'no card without a filter');
          assert.equal(await page.locator('li[data-testid=result]').count(), 0, 'no results for an empty search');
          assert.equal(await page.inputValue('#search-input'), '');

          // Back walks the chips in reverse.
          await page.goBack();
          await waitForResults(page, `entity:${PENA}`);
          await page.goBack();
          await waitForResults(page, pena.query);
          assert.deepEqual(sorted((await activeChips(page)).map((c) => c.id)), sorted([NAPOLITANO, PENA]));
        });
      });

      it('1b. every chosen chip is shown, active, in the results, however few its mentions (so it can be removed)', async (t) => {
        // Hillary Clinton is named once, in McClatchy: of that article's ten people she is the
        // least salient (one mention; ties by name), below the eight the results' panel shows of a kind.
        const dc = 'person-hillary-clinton';
        assert.deepEqual(docsOf(dc), [MCCLATCHY]);
        for (const query of [`entity:${dc}`, `entity:${NAPOLITANO} entity:${dc}`]) {
          await open(t, searchHash(query), async (page) => {
            await waitForResults(page, query);
            assert.deepEqual(await resultIds(page), [MCCLATCHY]);
            assert.ok((await cards(page)).some((c) => c.name === 'Hillary Clinton'), 'its card is shown');
            // Precondition: she is beyond the eight people the panel shows of a kind, so she is shown
            // only because she is chosen.
            const people = await page.locator(`${SIDEBAR_CHIPS} a.chip.person`).count();
            assert.ok(people > 8, `precondition: more than eight people shown (${people})`);
            const chosen = query.match(/entity:(\S+)/g).map((f) => f.slice(7));
            const active = (await activeChips(page)).map((c) => c.id);
            assert.deepEqual(
              sorted(active),
              sorted(chosen),
              `every chosen entity has an active chip in “In these articles” (shown: ${JSON.stringify(active)}); ` +
                'without one, the filter cannot be removed by a click, and its “more” link leaves the search',
            );
            await clickChip(page, SIDEBAR_CHIPS, dc);
            assert.equal(await hashOf(page), searchHash(chosen.filter((id) => id !== dc).map((id) => `entity:${id}`).join(' ')));
          });
        }
      });

      it('2. a copied link restores the chip filter: same results, cards and active chips', async (t) => {
        assert.ok(twoChips, 'test 1 ran');
        for (const [query, ids, names] of [
          [`entity:${NAPOLITANO}`, sorted(NAPOLITANO_DOCS), ['Janet Napolitano']],
          [twoChips.query, twoChips.ids, ['Janet Napolitano', 'Miguel Ángel Osorio Chong']],
        ]) {
          await open(t, searchHash(query), async (page) => {
            await waitForResults(page, query);
            assert.deepEqual(sorted(await resultIds(page)), ids, `the link ${query} finds what the clicks found`);
            assert.deepEqual((await cards(page)).map((c) => c.name), names, 'the same cards');
            const active = (await activeChips(page)).map((c) => c.id);
            assert.deepEqual(sorted(active), sorted(query.match(/entity:(\S+)/g).map((f) => f.slice(7))), 'the same chips are active');
            assert.equal(await page.inputValue('#search-input'), query, 'the box holds the query');
            assert.match(await page.title(), new RegExp(`^Search: ${query.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — Framescope$`));
          });
        }
        // A link naming no entity says so and finds nothing.
        await open(t, searchHash('entity:person-nobody-at-all'), async (page) => {
          assert.match(await waitForResults(page, 'entity:person-nobody-at-all'), summaryFor(0));
          const hints = await page.locator('[data-testid=hints] li').allTextContents();
          assert.ok(hints.some((h) => h.includes('person-nobody-at-all')), `a hint names the unknown id: ${JSON.stringify(hints)}`);
          assert.equal(await page.locator('[data-testid=entity-card]').count(), 0, 'no card for an unknown id');
        });
      });

      it('3. chips combine with words: the results are the intersection', async (t) => {
        await open(t, searchHash('cooperation'), async (page) => {
          await waitForResults(page, 'cooperation');
          const words = await resultIds(page);
          assert.equal(words.length, 5, 'cooperation is in every article');
          const { query } = await clickChip(page, SIDEBAR_CHIPS, NAPOLITANO);
          assert.equal(query, `cooperation entity:${NAPOLITANO} `, 'the chip is added to the words');
          assert.deepEqual(sorted(await resultIds(page)), sorted(intersect(words, docsOf(NAPOLITANO))));
          assert.deepEqual((await cards(page)).map((c) => c.name), ['Janet Napolitano']);
          // Snippets still mark the words searched for.
          const marks = await page.locator('li[data-testid=result] p.snippet mark').allTextContents();
          assert.ok(marks.some((m) => /^cooperat/i.test(m)), `the snippets mark cooperation: ${JSON.stringify(marks)}`);

          // A narrower word: Matamoros is in NPR and the blog only.
          await page.fill('#search-input', 'Matamoros');
          await waitForResults(page, 'Matamoros');
          const matamoros = await resultIds(page);
          assert.deepEqual(sorted(matamoros), sorted([NPR, BLOG]));
          for (const id of [NAPOLITANO, PENA]) {
            await page.fill('#search-input', 'Matamoros');
            await waitForResults(page, 'Matamoros');
            await clickChip(page, SIDEBAR_CHIPS, id);
            assert.deepEqual(sorted(await resultIds(page)), sorted(intersect(matamoros, docsOf(id))), `Matamoros and ${id}`);
          }
          // Words typed after a chip keep it.
          await page.fill('#search-input', `entity:${PENA} Trump`);
          await waitForResults(page, `entity:${PENA} Trump`);
          assert.match(await page.textContent('[data-testid=search-summary]'), summaryFor(0), 'Peña Nieto is not in the Trump article');
          assert.deepEqual((await cards(page)).map((c) => c.name), ['Enrique Peña Nieto'], 'the card stays with no result');
          await page.fill('#search-input', `entity:${NAPOLITANO} agreement`);
          await waitForResults(page, `entity:${NAPOLITANO} agreement`);
          const agreement = await resultIds(page);
          assert.ok(agreement.length >= 1 && agreement.every((id) => NAPOLITANO_DOCS.includes(id)), `agreement and Napolitano: ${agreement}`);
        });
      });

      it('4. the card lists every mention in its sentence, and each line link opens the page as captured at that line', async (t) => {
        for (const id of [NAPOLITANO, DHS]) {
          const e = table.get(id);
          const query = `entity:${id}`;
          await open(t, searchHash(query), async (page) => {
            await waitForResults(page, query);
            const [card] = await cards(page);
            assert.equal(card.name, e.name);
            assert.equal(card.badge, e.kind);
            assert.equal(card.headingId, `card-${id}`);
            assert.equal(card.labelledBy, `card-${id}`, 'the card is labelled by its heading');
            if (e.aliases.length > 0) assert.equal(card.aliases, `Also written: ${e.aliases.join(', ')}`);
            // (Either number form: “1 mention in 1 article” would read better than today’s “1 mentions in 1 articles”.)
            assert.match(card.summary, new RegExp(`^${e.mentions} mentions? in ${e.articles.length} articles?$`));
            assert.equal(card.marks, e.mentions, `the card marks every mention (${card.marks} of ${e.mentions})`);
            assert.deepEqual(
              card.groups.map((g) => g.article),
              e.articles.map((a) => `#/article/${a}`),
              'one group per article, in corpus order',
            );
            assert.deepEqual(sorted(await resultIds(page)), sorted(e.articles), 'the results are the card’s articles');
            // The chip's count is the card's count.
            const chip = (await chipsIn(page, SIDEBAR_CHIPS)).find((c) => c.id === id);
            assert.equal(chip?.count, card.marks, 'the active chip counts what the card lists');
            const names = [e.name, ...e.aliases].map(fold);
            const all = card.groups.flatMap((g) => g.mentions.map((m) => ({ ...m, article: g.article.slice('#/article/'.length) })));
            for (const m of all) {
              assert.equal(m.marks, 1, `one mark per listed sentence: ${m.sentence}`);
              assert.ok(names.includes(fold(m.mark)), `the mark “${m.mark}” is a name of ${e.name} (${names.join(' | ')})`);
              assert.ok(m.sentence.includes(m.mark), 'the sentence holds the mention');
              const line = Number(m.linkText.match(/^line (\d+)$/)?.[1]);
              assert.ok(line > 0, `a line link: ${m.linkText}`);
              assert.equal(m.href, `#/article/${m.article}?view=captured&line=${line}`);
            }
            if (id === DHS) assert.ok(all.some((m) => m.mark === 'DHS'), 'the mention written DHS is listed');

            // Follow every line link: the captured view marks the block with the mention.
            for (let i = 0; i < all.length; i++) {
              const m = all[i];
              await page.evaluate(() => document.querySelectorAll('[data-testid=entity-card] details').forEach((d) => (d.open = true)));
              const link = page.locator('[data-testid=entity-card] a.line-link').nth(i);
              assert.equal(await link.getAttribute('href'), m.href);
              await link.click();
              await waitForHash(page, m.href);
              await page.waitForSelector('[data-testid=captured] li.block.target', { state: 'visible' });
              const line = Number(m.href.match(/line=(\d+)/)[1]);
              const marked = await markedBlocks(page);
              assert.ok(marked.length >= 1, `${m.href}: a block is marked`);
              for (const b of marked) assert.ok(b.first <= line && line <= b.last, `${m.href}: the marked block (lines ${b.first}–${b.last}) holds line ${line}`);
              const holder = marked.find((b) => b.text.includes(m.sentence));
              assert.ok(holder, `${m.href}: a marked block holds the sentence “${m.sentence}”`);
              assert.ok(['body', 'title'].includes(holder.role), `${m.href}: the mention is in the article, not ${holder.role}`);
              await page.goBack();
              await waitForResults(page, query);
            }
          });
        }
      });

      it('5. the reading view links the mentions; clicking one filters by its entity', async (t) => {
        await open(t, `#/article/${NPR}`, async (page) => {
          await page.waitForSelector('[data-testid=article-body] a.mention');
          const mentions = await page.locator('[data-testid=article-body] a.mention').evaluateAll((as) =>
            as.map((a) => ({ href: a.getAttribute('href'), classes: [...a.classList], text: a.textContent, title: a.getAttribute('title') })),
          );
          const aside = await chipsIn(page, ASIDE_CHIPS);
          assert.equal((await page.textContent(`${ASIDE_CHIPS} h2`)).trim(), 'Named in this article');
          const asideIds = aside.map((c) => c.id);
          for (const c of aside) assert.ok(table.get(c.id).articles.includes(NPR), `the aside's ${c.id} is named in this article`);
          const inArticle = [...table.values()].filter((e) => e.articles.includes(NPR)).map((e) => e.id);
          assert.deepEqual(sorted(asideIds), sorted(inArticle), 'the aside lists every entity of the article');
          const perEntity = new Map();
          for (const m of mentions) {
            const id = decodeURIComponent(m.href).match(/^#\/search\?q=entity:(\S+)$/)?.[1];
            assert.ok(id && table.has(id), `a mention links to an entity filter: ${m.href}`);
            assert.equal(m.href, searchHash(`entity:${id}`));
            const e = table.get(id);
            assert.deepEqual(m.classes, ['mention', e.kind], `the mention “${m.text}” has its kind`);
            assert.ok([e.name, ...e.aliases].map(fold).includes(fold(m.text)), `“${m.text}” is a name of ${e.name}`);
            assert.ok(asideIds.includes(id), `${id} is in the aside`);
            perEntity.set(id, (perEntity.get(id) ?? 0) + 1);
          }
          for (const [id, n] of perEntity) {
            const chip = aside.find((c) => c.id === id);
            assert.ok(n <= chip.count, `${id}: ${n} linked mentions, ${chip.count} counted`);
          }
          assert.ok(perEntity.get(NAPOLITANO) >= 3, 'Napolitano is linked in the body');
          assert.ok(!(await page.locator('[data-testid=article-body] .speaker a.mention').count()), 'speaker labels are not links');

          // With a search, matches are marked inside the mentions and the mentions stay links.
          await page.evaluate((h) => (window.location.hash = h), `#/article/${NPR}?q=Napolitano`);
          await page.waitForSelector('[data-testid=match-bar]');
          const withQuery = await page.locator('[data-testid=article-body] a.mention').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
          assert.deepEqual(withQuery, mentions.map((m) => m.href), 'the same mentions are linked with a search');
          const numbers = await page.locator('[data-testid=article-body] mark').evaluateAll((ms) => ms.map((m) => Number(m.dataset.match)));
          assert.deepEqual(numbers, [...numbers.keys()], 'the marks are numbered in reading order');
          assert.ok(
            (await page.locator(`[data-testid=article-body] a.mention[href="${searchHash(`entity:${NAPOLITANO}`)}"] mark`).count()) >= 1,
            'the name is marked inside its mention link',
          );

          // Clicking a mention: the articles that name her, with her card.
          await page.evaluate((h) => (window.location.hash = h), `#/article/${NPR}`);
          await page.waitForSelector('[data-testid=article-body] a.mention');
          await page.locator(`[data-testid=article-body] a.mention[href="${searchHash(`entity:${NAPOLITANO}`)}"]`).first().click();
          await waitForHash(page, searchHash(`entity:${NAPOLITANO}`));
          await waitForResults(page, `entity:${NAPOLITANO}`);
          assert.deepEqual(sorted(await resultIds(page)), sorted(NAPOLITANO_DOCS));
          assert.deepEqual((await cards(page)).map((c) => c.name), ['Janet Napolitano']);
          assert.deepEqual(await activeChips(page), [{ id: NAPOLITANO, current: 'true' }]);

          // And a chip of the aside does the same.
          await page.goBack();
          await page.waitForSelector(`${ASIDE_CHIPS} a.chip`);
          await clickChip(page, ASIDE_CHIPS, OSORIO);
          assert.deepEqual(sorted(await resultIds(page)), sorted(docsOf(OSORIO)));
        });
      });

      it('5b. an article opened from a chip filter marks the entity’s mentions, not every word of its names elsewhere', async (t) => {
        for (const id of [NAPOLITANO, DHS]) {
          const query = `entity:${id}`;
          await open(t, searchHash(query), async (page) => {
            await waitForResults(page, query);
            const link = page.locator(`li[data-testid=result][data-id="${NPR}"] h2 a`);
            assert.equal(await link.getAttribute('href'), `#/article/${NPR}?q=${searchHash(query).split('?q=')[1]}`);
            await link.click();
            await page.waitForSelector('[data-testid=match-bar]');
            const marks = await page.locator('[data-testid=article-body] mark').evaluateAll((ms) =>
              ms.map((m) => ({ text: m.textContent, in: m.closest('a.mention')?.getAttribute('href') ?? null })),
            );
            assert.ok(marks.length >= 1, `${id}: something is marked`);
            const stray = marks.filter((m) => m.in !== searchHash(query)).map((m) => m.text);
            assert.deepEqual(
              stray,
              [],
              `${id}: ${stray.length} of ${marks.length} marks are outside the entity’s mentions (the match bar says “${(
                await page.textContent('[data-testid=match-bar] .match-position')
              ).trim()}”)`,
            );
          });
        }
      });

      it('6. the CSV downloads of #/entities and #/quotes: file names, rows and fields match the page', async (t) => {
        await open(t, '#/', async (page) => {
          // People & places, from the header.
          await page.locator('header nav a', { hasText: 'People & places' }).click();
          await waitForHash(page, '#/entities');
          await page.waitForSelector(`${ALL_CHIPS} a.chip`);
          assert.equal((await page.textContent('main h1')).trim(), 'People, organisations and places');
          assert.equal(await page.locator('header nav a[href="#/entities"]').getAttribute('aria-current'), 'page');
          assert.match(await page.title(), /^People, organisations and places — Framescope$/);
          const link = page.locator('a[data-testid=entities-csv]');
          assert.equal(await link.getAttribute('download'), 'framescope-entities.csv');
          assert.match(await link.getAttribute('href'), /^data:text\/csv;charset=utf-8,/);
          const file = await download(page, 'a[data-testid=entities-csv]');
          assert.equal(file.name, 'framescope-entities.csv');
          assert.equal(file.text, dataUrlText(await link.getAttribute('href')), 'the file is the link’s text');
          assert.ok(file.text.endsWith('\r\n') && !/[^\r]\n/.test(file.text.replace(/"(?:[^"]|"")*"/g, '')), 'rows end with CRLF');
          const rows = parseCsv(file.text);
          assert.deepEqual(rows[0], ENTITY_HEADER);
          const body = rows.slice(1);
          for (const r of body) assert.equal(r.length, ENTITY_HEADER.length, `7 fields: ${JSON.stringify(r)}`);
          const chips = await chipsIn(page, ALL_CHIPS);
          const lede = Number((await page.textContent('section.entities-view p.lede')).match(/^(\d+) named/)?.[1]);
          assert.equal(body.length, chips.length, 'one row per chip');
          assert.equal(body.length, lede, 'as many rows as the page says it has entities');
          const headings = await page.locator(`${ALL_CHIPS} .chip-group h3`).allTextContents();
          assert.equal(headings.reduce((s, h) => s + Number(h.match(/\((\d+)\)/)[1]), 0), body.length, 'the kinds add up');
          assert.equal(await page.locator(`${ALL_CHIPS} .more-chips`).count(), 0, 'every chip is shown');
          assert.equal(new Set(body.map((r) => r[0])).size, body.length, 'ids are unique');
          for (const r of body) {
            const [id, name, kindName, , , mentions, docs] = r;
            const chip = chips.find((c) => c.id === id);
            assert.ok(chip, `a chip for the row ${id}`);
            assert.equal(chip.name, name, `${id}: name`);
            assert.deepEqual(chip.kinds, [kindName], `${id}: kind`);
            assert.equal(chip.count, Number(mentions), `${id}: mentions`);
            const m = chip.title.match(/: (\d+) mentions? in (\d+) articles?$/);
            assert.ok(m, `${id}: its chip says where it is (${chip.title})`);
            assert.equal(Number(m[1]), Number(mentions));
            assert.equal(Number(m[2]), docs.split('; ').length, `${id}: articles`);
            for (const f of r) assert.ok(!/^[=+\-@]/.test(f), `${id}: no field starts like a formula: ${f}`);
          }
          // A field with a comma was quoted, and reads back whole.
          const dc = body.find((r) => r[1].includes(','));
          assert.ok(dc, 'a name with a comma (Washington, D.C.)');
          assert.ok(file.text.includes(`,"${dc[1]}",`), `the name “${dc[1]}” is quoted in the file`);
          const napolitano = body.find((r) => r[0] === NAPOLITANO);
          assert.deepEqual(sorted(napolitano[6].split('; ')), sorted(NAPOLITANO_DOCS));
          assert.equal(napolitano[3], 'Department of Homeland Security Secretary');

          // Quotes, from the header.
          await page.locator('header nav a', { hasText: 'Quotes' }).click();
          await waitForHash(page, '#/quotes');
          await page.waitForSelector('tr[data-testid=quote-row]');
          assert.equal((await page.textContent('main h1')).trim(), 'Who speaks');
          assert.equal(await page.locator('header nav a[href="#/quotes"]').getAttribute('aria-current'), 'page');
          const qlink = page.locator('a[data-testid=quotes-csv]');
          assert.equal(await qlink.getAttribute('download'), 'framescope-quotes.csv');
          const qfile = await download(page, 'a[data-testid=quotes-csv]');
          assert.equal(qfile.name, 'framescope-quotes.csv');
          assert.equal(qfile.text, dataUrlText(await qlink.getAttribute('href')));
          const qrows = parseCsv(qfile.text);
          assert.deepEqual(qrows[0], QUOTE_HEADER);
          const quotes = qrows.slice(1);
          for (const r of quotes) assert.equal(r.length, QUOTE_HEADER.length, `7 fields: ${JSON.stringify(r)}`);
          const tableRows = await quoteRows(page);
          const qlede = Number((await page.textContent('section.quotes-view p.lede')).match(/^(\d+) quotes/)?.[1]);
          assert.equal(quotes.length, tableRows.length, 'one CSV row per table row');
          assert.equal(quotes.length, qlede, 'as many rows as the page says it has quotes');
          assert.ok(quotes.some((r) => r[6].includes(',') && r[6].includes(' ')), 'some quoted words hold a comma');
          assert.ok(quotes.some((r) => r[3].includes(',')), 'a described speaker holds a comma');
          const fromTable = tableRows.map((r) => {
            const article = r.section.slice('#/article/'.length);
            const line = Number(r.lineText.match(/^line (\d+)$/)?.[1]);
            assert.equal(r.lineHref, `#/article/${article}?view=captured&line=${line}`, 'the line link opens the page as captured');
            const speakerId = r.speakerHref ? decodeURIComponent(r.speakerHref).replace(/^#\/search\?q=entity:/, '') : '';
            if (r.speakerHref) assert.equal(r.speakerHref, searchHash(`entity:${speakerId}`));
            return JSON.stringify([article, String(line), speakerId, r.speaker, categoryKey(r.category), r.kind, r.words]);
          });
          assert.deepEqual(sorted(quotes.map((r) => JSON.stringify(r))), sorted(fromTable), 'the CSV rows are the table rows');
          for (const r of quotes) {
            assert.ok(ARTICLE_IDS.includes(r[0]), `a known article: ${r[0]}`);
            assert.ok(['direct', 'reported'].includes(r[5]), `a known kind: ${r[5]}`);
            if (r[2]) assert.equal(table.get(r[2])?.name, r[3], `the speaker ${r[2]} is the entity of that name`);
          }
          // The row counts per article match the sections.
          const sections = await page.locator('section.quotes-article').evaluateAll((ss) =>
            ss.map((s) => [s.querySelector('h2 a').getAttribute('href').slice('#/article/'.length), s.querySelectorAll('tr[data-testid=quote-row]').length]),
          );
          for (const [article, n] of sections) assert.equal(quotes.filter((r) => r[0] === article).length, n, `${article}: ${n} quotes`);
        });
      });

      it('7. no chip names page chrome; the narrator is never a speaker; the one anonymous source is described', async (t) => {
        // The chrome names are in the captures (so their absence from the chips means something).
        const captures = readdirSync(join(ROOT, 'corpus'))
          .filter((f) => f.endsWith('.txt'))
          .map((f) => readFileSync(join(ROOT, 'corpus', f), 'utf8'))
          .join('\n');
        for (const name of CHROME_NAMES) assert.ok(captures.includes(name), `the captures hold “${name}”`);
        for (const e of table.values()) {
          for (const name of CHROME_NAMES) {
            assert.ok(![e.name, ...e.aliases].some((n) => n.includes(name)), `${e.id} (${e.name}) comes from page chrome (“${name}”)`);
          }
        }
        const views = [
          ['#/entities', ALL_CHIPS],
          ['#/', LIBRARY_CHIPS],
          ...articles.map((a) => [`#/article/${a.id}`, ASIDE_CHIPS]),
        ];
        for (const [hash, scope] of views) {
          await open(t, hash, async (page) => {
            await page.waitForSelector(`${scope} a.chip`);
            const names = (await chipsIn(page, scope)).map((c) => c.name);
            for (const name of CHROME_NAMES) {
              assert.deepEqual(names.filter((n) => n.includes(name)), [], `no chip of ${hash} names “${name}”`);
            }
            if (hash.startsWith('#/article/')) {
              const linked = await page.locator('[data-testid=article-body] a.mention').allTextContents();
              for (const name of CHROME_NAMES) assert.ok(!linked.some((n) => n.includes(name)), `no mention of “${name}” in ${hash}`);
            }
          });
        }

        await open(t, '#/quotes', async (page) => {
          await page.waitForSelector('tr[data-testid=quote-row]');
          const rows = await quoteRows(page);
          assert.ok(rows.length >= 10, `the quotes table has rows (${rows.length})`);
          const narrator = rows.filter((r) => /kahn/i.test(r.speaker) || (r.speakerHref ?? '').includes(KAHN));
          assert.deepEqual(narrator, [], 'the reporter Carrie Kahn is never a speaker');
          assert.ok(rows.some((r) => r.section === `#/article/${NPR}`), 'her article has quotes (of the people she interviews)');
          const anonymous = rows.filter((r) => r.category === 'Anonymous source');
          assert.equal(anonymous.length, 1, 'one anonymous quote');
          assert.equal(anonymous[0].section, `#/article/${WAPO}`, 'in the Washington Post repost');
          assert.ok(anonymous[0].described && anonymous[0].speakerHref === null, 'described, not linked to an entity');
          assert.match(anonymous[0].speaker, /^a senior Mexican official/);
          for (const r of rows) {
            if (!r.described) assert.ok(r.speakerHref, `a named speaker links to the filter: ${r.speaker}`);
          }
        });
        // Her card lists no quote.
        await open(t, searchHash(`entity:${KAHN}`), async (page) => {
          await waitForResults(page, `entity:${KAHN}`);
          const [card] = await cards(page);
          assert.equal(card.name, 'Carrie Kahn');
          assert.deepEqual(card.quotes, [], 'the narrator’s card has no quotes');
        });
      });

      const AXE_CASES = [
        ['#/entities', '#/entities', `${ALL_CHIPS} a.chip`],
        ['#/quotes', '#/quotes', 'tr[data-testid=quote-row]'],
        ['a search with an active chip and its card', searchHash(`cooperation entity:${NAPOLITANO} `), `${SIDEBAR_CHIPS} a.chip.active`],
        ['a search with two chips and two cards', searchHash(`entity:${DHS} entity:${NAPOLITANO}`), '[data-testid=entity-card] + [data-testid=entity-card]'],
        ['the reading view with linked mentions', `#/article/${NPR}`, '[data-testid=article-body] a.mention'],
        ['the reading view with mentions and matches', `#/article/${MCCLATCHY}?q=Napolitano`, '[data-testid=article-body] a.mention mark'],
      ];
      for (const scheme of ['light', 'dark']) {
        for (const [view, hash, ready] of AXE_CASES) {
          it(`8. no axe violation: ${view}, ${scheme} scheme`, async (t) => {
            await open(
              t,
              hash,
              async (page) => {
                await page.waitForSelector(ready, { state: 'visible' });
                await assertAxeClean(page, scheme);
              },
              { context: { colorScheme: scheme } },
            );
          });
        }
      }

      it('8. chips, cards, mentions and downloads make no request and no console error or warning, in a tour and in every test above', async () => {
        const own = [];
        await withTour(browser, target, async (page, watcher) => {
          await page.waitForSelector(`${LIBRARY_CHIPS} a.chip`);
          const loaded = watcher.requests.length;
          assert.ok(loaded > 0, 'the page load was seen');

          const duplicates = [];
          const checkIds = async (where) => {
            const dups = await duplicateIds(page);
            if (dups.length) duplicates.push(`${where}: ${dups.join(', ')}`);
          };
          await clickChip(page, LIBRARY_CHIPS, NAPOLITANO);
          await clickChip(page, SIDEBAR_CHIPS, DHS);
          await checkIds('two cards');
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          await page.locator('[data-testid=entity-card] a.line-link').first().click();
          await page.waitForSelector('[data-testid=captured] li.block.target');
          await page.goBack();
          await page.waitForSelector('[data-testid=entity-card]');
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          await page.locator('[data-testid=entity-card] ul.mention-groups > li > a').first().click();
          await page.waitForSelector('[data-testid=article-body] a.mention');
          await checkIds('the reading view');
          await page.locator('[data-testid=article-body] a.mention').first().click();
          await page.waitForSelector('[data-testid=entity-card]');
          await page.locator('[data-testid=entity-card] h3 + ul.chips a.chip').first().click();
          await page.waitForFunction(() => document.querySelectorAll('[data-testid=entity-card]').length === 2);
          await page.locator('header nav a[href="#/entities"]').click();
          await page.waitForSelector(`${ALL_CHIPS} a.chip`);
          await checkIds('#/entities');
          await download(page, 'a[data-testid=entities-csv]');
          await page.locator('header nav a[href="#/quotes"]').click();
          await page.waitForSelector('tr[data-testid=quote-row]');
          await checkIds('#/quotes');
          await download(page, 'a[data-testid=quotes-csv]');
          await page.locator('tr[data-testid=quote-row] td a').first().click();
          await page.waitForSelector('[data-testid=entity-card]');
          await page.locator('header nav a[href="#/"]').click();
          await page.waitForSelector('tr[data-testid=article-row]');
          own.push(...watcher.problems.map((problem) => ({ problem, label: 'the entities tour' })));
          // (A data: download is no request either: Chromium saves it without one.)
          const after = watcher.requests.slice(loaded);
          assert.deepEqual(after, [], 'chips, cards, mentions and downloads request nothing');
          assert.deepEqual(duplicates, [], 'ids are unique in every view');
        }, { timeout: VIEW_TIMEOUT });
        assertNoProblems([...own, ...seen]);
      });
    });
  }
});
