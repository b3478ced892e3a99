// The core checks of entity chips, entity cards and quotes (entities.test.mjs) in headless
// Firefox ESR through geckodriver, with the small WebDriver client in webdriver.mjs, for
// dist/ over http://127.0.0.1 and dist/framescope.html over file://: chips that filter and
// combine, links that reopen a filter, the card's mentions and a line link, mentions in the
// reading view, the CSV links' contents, no chrome entity and no narrator as a speaker.
// Skipped, saying why, only when geckodriver or Firefox is not installed.
//
// WebDriver gives no console log in Firefox, so after each load a small script records
// console errors and warnings, uncaught errors and rejected promises, and every resource
// the page loads (performance entries); the last test fails on any of them. WebDriver has
// no download event either: the CSVs are read from their data: links, which is what the
// browser saves (Chromium checks the download itself).

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dataUrlText, parseCsv, searchHash, whenBuilt } from './harness.mjs';
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

const NPR = 'npr-2013-cooperation-closer-look';
const MCCLATCHY = 'mcclatchy-2012-relations-improve';
const BLOG = 'policy-blog-2013-border-cooperation';
const WAPO = 'washington-post-2017-cooperation-under-trump';
const NAPOLITANO = 'person-janet-napolitano';
const OSORIO = 'person-miguel-angel-osorio-chong';
const DHS = 'organisation-department-of-homeland-security';
const KAHN = 'person-carrie-kahn';
const NAPOLITANO_DOCS = [NPR, MCCLATCHY, BLOG];
const CHROME_NAMES = ['Facebook', 'Malaysia Airlines', 'Venezuela', 'Tripoli', 'Roger Noriega', 'Samira Calehr'];
const sorted = (ids) => [...ids].sort();

const setup = firefoxSetup();
const { skip } = setup;

const activeChips = (session) =>
  session.execute(
    `return [...document.querySelectorAll('nav.facets [data-testid=chips] a.chip.active')].map((a) => a.dataset.entity + ' ' + a.getAttribute('aria-current'));`,
  );
const cardNames = (session) =>
  session.execute(`return [...document.querySelectorAll('[data-testid=entity-card] h2')].map((h) => h.firstChild.textContent.trim());`);
/** The chips of a panel: id, name, count and kind class. */
const chipsIn = (session, scope) =>
  session.execute(
    `return [...document.querySelectorAll(arguments[0] + ' a.chip')].map((a) => ({
       id: a.dataset.entity,
       name: a.querySelector('.chip-name').textContent.trim(),
       count: Number(a.querySelector('.chip-count').textContent.trim()),
       kinds: [...a.classList].filter((c) => c !== 'chip' && c !== 'active'),
       href: a.getAttribute('href'),
     }));`,
    [scope],
  );

/** Clicks the chip of `id` in the panel `scope` and waits for the search it links to; returns the query. */
async function clickChip(session, scope, id) {
  const chip = await session.find(`${scope} a.chip[data-entity="${id}"]`);
  const href = await chip.attribute('href');
  const query = decodeURIComponent(href.replace(/^#\/search\?q=/, ''));
  await chip.click();
  await waitForHash(session, href);
  await waitForResults(session, query);
  return query;
}

const LIBRARY_CHIPS = 'section.library [data-testid=chips]';
const SIDEBAR_CHIPS = 'nav.facets [data-testid=chips]';
const ASIDE_CHIPS = 'aside.metadata [data-testid=chips]';
const ALL_CHIPS = 'section.entities-view [data-testid=chips]';

whenBuilt(() => {
  if (skip) {
    it('Firefox: the entity and quote checks, over http and from file://', { skip }, () => {});
    return;
  }
  for (const kind of ['http', 'file']) {
    describe(`Entities and quotes in Firefox: ${kind === 'http' ? 'dist/ over http://127.0.0.1' : 'dist/framescope.html over file://'}`, () => {
      let driver;
      let session;
      let server;
      let target;
      // The page's entity table (its CSV link), by id.
      let table;
      // Opens views afresh; what each page did wrong gathers in `seen` for the last test.
      const { open, collect, seen } = watchFirefoxPages(() => ({ session, target }));

      before(async () => {
        ({ server, target, driver, session } = await startFirefox(kind, setup));
      });

      after(() => stopFirefox({ server, driver, session }));

      it('0. the CSV links of #/entities and #/quotes hold one well-formed row per chip and per quote', async () => {
        await open('#/');
        await (await session.find('header nav a[href="#/entities"]')).click();
        await waitForHash(session, '#/entities');
        await session.waitForSelector(`${ALL_CHIPS} a.chip`);
        const link = await session.find('a[data-testid=entities-csv]');
        assert.equal(await link.attribute('download'), 'framescope-entities.csv');
        const rows = parseCsv(dataUrlText(await link.attribute('href')));
        assert.deepEqual(rows[0], ['id', 'name', 'kind', 'role', 'aliases', 'mentions', 'articles']);
        const chips = await chipsIn(session, ALL_CHIPS);
        assert.equal(rows.length - 1, chips.length, 'one row per chip');
        table = new Map();
        for (const r of rows.slice(1)) {
          assert.equal(r.length, 7, `7 fields: ${JSON.stringify(r)}`);
          const [id, name, kindName, role, aliases, mentions, docs] = r;
          table.set(id, { id, name, kind: kindName, role, aliases: aliases ? aliases.split('; ') : [], mentions: Number(mentions), articles: docs.split('; ') });
          const chip = chips.find((c) => c.id === id);
          assert.ok(chip, `a chip for ${id}`);
          assert.equal(chip.name, name);
          assert.deepEqual(chip.kinds, [kindName]);
          assert.equal(chip.count, Number(mentions), `${id}: mentions`);
        }
        assert.ok([...table.values()].some((e) => e.name.includes(',')), 'a name with a comma reads back whole');
        assert.deepEqual(sorted(table.get(NAPOLITANO).articles), sorted(NAPOLITANO_DOCS));

        await (await session.find('header nav a[href="#/quotes"]')).click();
        await waitForHash(session, '#/quotes');
        await session.waitForSelector('tr[data-testid=quote-row]');
        const qlink = await session.find('a[data-testid=quotes-csv]');
        assert.equal(await qlink.attribute('download'), 'framescope-quotes.csv');
        const quotes = parseCsv(dataUrlText(await qlink.attribute('href')));
        assert.deepEqual(quotes[0], ['article', 'line', 'speaker_id', 'speaker', 'speaker_category', 'kind', 'text']);
        const words = await session.execute(`return [...document.querySelectorAll('tr[data-testid=quote-row] td.quote-text')].map((td) => td.textContent);`);
        assert.equal(quotes.length - 1, words.length, 'one row per quote in the table');
        for (const r of quotes.slice(1)) assert.equal(r.length, 7, `7 fields: ${JSON.stringify(r)}`);
        assert.deepEqual(sorted(quotes.slice(1).map((r) => r[6])), sorted(words), 'the quoted words, commas and quotes and all');
      });

      it('1. a library chip filters and shows its card; a second chip ANDs; an active chip removes itself', async () => {
        assert.ok(table, 'test 0 read the entity table');
        await open('#/');
        await session.waitForSelector(`${LIBRARY_CHIPS} a.chip`);
        const library = await chipsIn(session, LIBRARY_CHIPS);
        const napolitano = library.find((c) => c.id === NAPOLITANO);
        assert.equal(napolitano?.href, searchHash(`entity:${NAPOLITANO}`));
        assert.equal(napolitano.count, table.get(NAPOLITANO).mentions);

        await clickChip(session, LIBRARY_CHIPS, NAPOLITANO);
        assert.equal(await hashOf(session), searchHash(`entity:${NAPOLITANO}`));
        assert.deepEqual(sorted(await resultIds(session)), sorted(NAPOLITANO_DOCS));
        assert.deepEqual(await cardNames(session), ['Janet Napolitano']);
        assert.deepEqual(await activeChips(session), [`${NAPOLITANO} true`]);
        assert.equal(await inputValue(session), `entity:${NAPOLITANO}`);

        const two = await clickChip(session, SIDEBAR_CHIPS, OSORIO);
        assert.equal(two, `entity:${NAPOLITANO} entity:${OSORIO} `);
        const both = table.get(NAPOLITANO).articles.filter((a) => table.get(OSORIO).articles.includes(a));
        assert.deepEqual(sorted(await resultIds(session)), sorted(both));
        assert.ok(both.length < NAPOLITANO_DOCS.length, 'fewer results');
        assert.deepEqual(sorted(await activeChips(session)), sorted([`${NAPOLITANO} true`, `${OSORIO} true`]));
        assert.deepEqual(await cardNames(session), ['Janet Napolitano', 'Miguel Ángel Osorio Chong']);

        await clickChip(session, SIDEBAR_CHIPS, NAPOLITANO);
        assert.equal(await hashOf(session), searchHash(`entity:${OSORIO}`));
        assert.deepEqual(sorted(await resultIds(session)), sorted(table.get(OSORIO).articles));
        assert.deepEqual(await activeChips(session), [`${OSORIO} true`]);
        assert.deepEqual(await cardNames(session), ['Miguel Ángel Osorio Chong']);

        await session.back();
        await waitForResults(session, two);
        assert.deepEqual(sorted(await resultIds(session)), sorted(both), 'Back restores the two chips');
      });

      it('2. a copied link restores the chip filter', async () => {
        const query = `entity:${NAPOLITANO} entity:${OSORIO} `;
        await open(searchHash(query));
        await waitForResults(session, query);
        assert.deepEqual(sorted(await resultIds(session)), sorted([NPR, BLOG]));
        assert.deepEqual(await cardNames(session), ['Janet Napolitano', 'Miguel Ángel Osorio Chong']);
        assert.deepEqual(sorted(await activeChips(session)), sorted([`${NAPOLITANO} true`, `${OSORIO} true`]));
        assert.equal(await inputValue(session), query);
      });

      it('3. chips combine with words', async () => {
        await open(searchHash('Matamoros'));
        await waitForResults(session, 'Matamoros');
        assert.deepEqual(sorted(await resultIds(session)), sorted([NPR, BLOG]));
        const query = await clickChip(session, SIDEBAR_CHIPS, OSORIO);
        assert.equal(query, `Matamoros entity:${OSORIO} `);
        assert.deepEqual(sorted(await resultIds(session)), sorted([NPR, BLOG].filter((a) => table.get(OSORIO).articles.includes(a))));
        await open(searchHash(`cooperation entity:${NAPOLITANO}`));
        await waitForResults(session, `cooperation entity:${NAPOLITANO}`);
        assert.deepEqual(sorted(await resultIds(session)), sorted(NAPOLITANO_DOCS));
      });

      it('4. the card lists every mention; a line link opens the page as captured at that line', async () => {
        for (const id of [NAPOLITANO, DHS]) {
          const e = table.get(id);
          await open(searchHash(`entity:${id}`));
          await waitForResults(session, `entity:${id}`);
          const card = await session.execute(
            `const c = document.querySelector('[data-testid=entity-card]');
             return {
               summary: c.querySelector('details > summary').textContent.trim(),
               aliases: c.querySelector('.aliases') ? c.querySelector('.aliases').textContent.trim() : null,
               marks: [...c.querySelectorAll('mark.mention')].map((m) => m.textContent),
               links: [...c.querySelectorAll('a.line-link')].map((a) => a.getAttribute('href')),
             };`,
          );
          assert.match(card.summary, new RegExp(`^${e.mentions} mentions? in ${e.articles.length} articles?$`));
          assert.equal(card.marks.length, e.mentions, 'every mention is listed');
          assert.equal(card.links.length, e.mentions, 'each with its line link');
          assert.equal(card.aliases, `Also written: ${e.aliases.join(', ')}`);
          if (id === DHS) assert.ok(card.marks.includes('DHS'), 'the mention written DHS is listed');
        }
        // Follow the last line link of Napolitano's card (its details are closed: 13 mentions).
        await open(searchHash(`entity:${NAPOLITANO}`));
        await waitForResults(session, `entity:${NAPOLITANO}`);
        await session.execute(`document.querySelector('[data-testid=entity-card] details').open = true;`);
        const links = await session.findAll('[data-testid=entity-card] a.line-link');
        const last = links.at(-1);
        const href = await last.attribute('href');
        const sentence = await session.execute(
          `const li = arguments[0].closest('li'); return li.textContent.slice(arguments[0].textContent.length).trim();`,
          [last],
        );
        const line = Number(href.match(/[?&]line=(\d+)$/)?.[1]);
        assert.match(href, new RegExp(`^#/article/${BLOG}\\?view=captured&line=${line}$`));
        await last.click();
        await waitForHash(session, href);
        await session.waitForSelector('[data-testid=captured] li.block.target');
        const marked = await session.execute(
          `return [...document.querySelectorAll('[data-testid=captured] li.block.target')].map((el) => {
             const n = el.querySelector('.lines').textContent.match(/\\d+/g).map(Number);
             return { first: n[0], last: n[n.length - 1], role: el.dataset.role, text: el.querySelector('.block-text').textContent };
           });`,
        );
        for (const b of marked) assert.ok(b.first <= line && line <= b.last, `the marked block (lines ${b.first}–${b.last}) holds line ${line}`);
        assert.ok(marked.some((b) => b.role === 'body' && b.text.includes(sentence)), `a marked article block holds “${sentence}”`);
      });

      it('5. the reading view links mentions; clicking one filters by its entity', async () => {
        await open(`#/article/${NPR}`);
        await session.waitForSelector('[data-testid=article-body] a.mention');
        const mentions = await session.execute(
          `return [...document.querySelectorAll('[data-testid=article-body] a.mention')].map((a) => ({ href: a.getAttribute('href'), classes: [...a.classList] }));`,
        );
        const aside = (await chipsIn(session, ASIDE_CHIPS)).map((c) => c.id);
        assert.ok(mentions.length >= 10, `mentions are linked (${mentions.length})`);
        for (const m of mentions) {
          const id = decodeURIComponent(m.href).replace(/^#\/search\?q=entity:/, '');
          assert.ok(table.has(id), `a mention links to an entity: ${m.href}`);
          assert.deepEqual(m.classes, ['mention', table.get(id).kind]);
          assert.ok(aside.includes(id), `${id} is among “Named in this article”`);
        }
        const link = await session.find(`[data-testid=article-body] a.mention[href="${searchHash(`entity:${NAPOLITANO}`)}"]`);
        await link.click();
        await waitForHash(session, searchHash(`entity:${NAPOLITANO}`));
        await waitForResults(session, `entity:${NAPOLITANO}`);
        assert.deepEqual(sorted(await resultIds(session)), sorted(NAPOLITANO_DOCS));
        assert.deepEqual(await cardNames(session), ['Janet Napolitano']);
      });

      it('7. no chip names page chrome; the narrator is never a speaker; one anonymous source', async () => {
        await open('#/entities');
        await session.waitForSelector(`${ALL_CHIPS} a.chip`);
        const names = (await chipsIn(session, ALL_CHIPS)).map((c) => c.name);
        for (const name of CHROME_NAMES) assert.deepEqual(names.filter((n) => n.includes(name)), [], `no chip names “${name}”`);
        assert.ok(names.includes('Carrie Kahn'), 'the reporter is an entity');

        await open('#/quotes');
        await session.waitForSelector('tr[data-testid=quote-row]');
        const rows = await session.execute(
          `return [...document.querySelectorAll('tr[data-testid=quote-row]')].map((tr) => ({
             speaker: tr.cells[0].textContent.trim(),
             href: tr.cells[0].querySelector('a') ? tr.cells[0].querySelector('a').getAttribute('href') : null,
             category: tr.cells[1].textContent.trim(),
             section: tr.closest('section').querySelector('h2 a').getAttribute('href'),
           }));`,
        );
        assert.deepEqual(rows.filter((r) => /kahn/i.test(r.speaker) || (r.href ?? '').includes(KAHN)), [], 'Carrie Kahn is never a speaker');
        const anonymous = rows.filter((r) => r.category === 'Anonymous source');
        assert.equal(anonymous.length, 1);
        assert.equal(anonymous[0].section, `#/article/${WAPO}`);
        assert.equal(anonymous[0].href, null);
        assert.match(anonymous[0].speaker, /^a senior Mexican official/);
      });

      it('8. no console error or warning, no uncaught error, no request outside the page, in every test above', async () => {
        await collect();
        assert.deepEqual(seen, [], `the page misbehaved:\n  ${seen.join('\n  ')}`);
      });
    });
  }
});
