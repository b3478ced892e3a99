// The comparison (#/compare) in the built page, in headless Chromium, opened both ways a
// reader opens it (dist/ over http://127.0.0.1 and dist/framescope.html over file://):
// one column per outlet by default, the picker that chooses outlets and single articles
// and rewrites the link, links that restore a comparison, every figure traced to its
// sentences in one click (frames, distinctive words, tone, unique facts, voices, entities),
// evidence links that open the sentence in the reading view, shared facts, reposts, the
// JSON and CSV downloads, bad links that name the bad part, and axe-core on the view.
// Every page is watched (watch() in harness.mjs); test 10 fails on anything the page did
// wrong in any test before it or in its own tour, so the other tests fail only on what
// they check. The core checks run in Firefox too, in compare-firefox.test.mjs.
//
// Figures that depend on the analysis (shares, scores, counts) are never written here:
// they are read from the page and checked against each other (a share against the
// sentences its evidence lists, a table against the downloads, a link against a fresh page).
//
// Seed-corpus facts these tests rely on (corpus/corpus.toml and corpus/*.txt): five
// articles from four named outlets and one unattributed policy blog; the Interamerican
// Security Watch capture says "From the Washington Post" (a repost) and the Miami Herald
// one carries the McClatchy Newspapers agency line; NPR and the blog both report Janet
// Napolitano's visit (Matamoros, Brownsville), so they share at least one fact.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  duplicateIds,
  ROOT,
  VIEW_TIMEOUT,
  assertAxeClean,
  assertNoProblems,
  dataUrlText,
  fileTarget,
  foldWord,
  hashOf,
  linkEncode,
  parseCsv,
  readManifest,
  startChromium,
  stopChromium,
  waitForApp,
  waitForHash,
  whenBuilt,
  withPage,
  withTour,
  waitInViewport,
} from './harness.mjs';
import { CSV_HEADERS, PANELS } from './compare-shared.mjs';

const articles = readManifest();
const byId = Object.fromEntries(articles.map((a) => [a.id, a]));
const NPR = 'npr-2013-cooperation-closer-look';
const MCCLATCHY = 'mcclatchy-2012-relations-improve';
const BLOG = 'policy-blog-2013-border-cooperation';
const WAPO = 'washington-post-2017-cooperation-under-trump';

const FRAME_COUNT = 15;

/** The original publisher of each article, as the manifest gives it (null when unknown). */
function readPublishers() {
  const text = readFileSync(join(ROOT, 'corpus', 'corpus.toml'), 'utf8');
  return Object.fromEntries(
    text
      .split(/^\[\[article\]\]\s*$/m)
      .slice(1)
      .map((s) => {
        const id = s.match(/^id\s*=\s*"([^"]*)"/m)[1];
        const p = s.match(/^publisher\s*=\s*\{\s*value\s*=\s*"([^"]*)"/m)?.[1];
        return [id, p && p !== 'unknown' ? p : null];
      }),
  );
}
const publishers = readPublishers();

// ---------------------------------------------------------------------------------------
// Columns as the link names them, and the link the app writes for them.

const outlet = (name) => ({ kind: 'outlet', value: name });
const article = (id) => ({ kind: 'article', value: id });
const sameSpec = (a, b) => a.kind === b.kind && a.value === b.value;
/** The columns of #/compare with no option: one per outlet, one per article of no known outlet, in corpus order. */
const DEFAULT_SPECS = articles
  .map((a) => (a.outlet ? outlet(a.outlet) : article(a.id)))
  .filter((s, i, all) => all.findIndex((t) => sameSpec(s, t)) === i);
const OUTLETS = [...new Set(articles.map((a) => a.outlet).filter(Boolean))].sort();
/** A column's heading: the outlet's name or the article's title. */
const labelOf = (spec) => (spec.kind === 'outlet' ? spec.value : byId[spec.value].title);
/** The articles of a column, in corpus order. */
const docsOf = (spec) => (spec.kind === 'outlet' ? articles.filter((a) => a.outlet === spec.value).map((a) => a.id) : [spec.value]);
/** The picker's checkbox name for a column (its label's text). */
const boxName = (spec) =>
  spec.kind === 'outlet' ? spec.value : `${byId[spec.value].title} · ${byId[spec.value].outlet ?? 'Unattributed'}`;
/** Ticking or unticking a box: the column is removed when there, else added at the end. */
const toggled = (specs, spec) => (specs.some((s) => sameSpec(s, spec)) ? specs.filter((s) => !sameSpec(s, spec)) : [...specs, spec]);

/** The hash of a comparison as the app writes it (`sides` empty: the default columns). */
function compareHash(sides, show) {
  const params = sides.map((s) => `side=${s.kind}:${linkEncode(s.value)}`);
  if (show) params.push(`show=${linkEncode(show)}`);
  return params.length ? `#/compare?${params.join('&')}` : '#/compare';
}

// ---------------------------------------------------------------------------------------
// Reading the view.

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

/** The legend: each column's label and note. */
const legendOf = (page) =>
  page.locator('[data-testid=compare-legend] li').evaluateAll((lis) =>
    lis.map((li) => ({ label: li.querySelector('strong').textContent, note: li.textContent.slice(li.querySelector('strong').textContent.length) })),
  );

/** Waits until the legend lists exactly `labels`. */
async function waitForLegend(page, labels) {
  await page.waitForFunction(
    (want) => {
      const got = [...document.querySelectorAll('[data-testid=compare-legend] li strong')].map((s) => s.textContent);
      return JSON.stringify(got) === JSON.stringify(want);
    },
    labels,
    { timeout: VIEW_TIMEOUT },
  );
}

/** The frame table: column heads and, per frame, each column's share, count and link. */
const frameTable = (page) =>
  page.locator('[data-testid=panel-frames] table.frame-table').evaluate((t) => ({
    heads: [...t.querySelectorAll('thead th')].slice(1).map((th) => th.textContent),
    rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({
      frame: tr.querySelector('th').textContent,
      cells: [...tr.querySelectorAll('td')].map((td) => {
        const a = td.querySelector('a[data-testid=frame-share]');
        return {
          share: a ? Number(a.textContent.replace('%', '')) : null,
          count: Number(td.querySelector('.muted')?.textContent.match(/\((\d+)\)/)?.[1]),
          href: a?.getAttribute('href') ?? null,
        };
      }),
    })),
    text: t.innerText,
  }));

/** The headings of the `.column`s of a panel. */
const columnHeads = (page, panel) =>
  page.locator(`[data-testid=panel-${panel}] .columns > .column > h3`).allTextContents();

/** The timeline's list: each article linked, with its column (from its swatch). */
const timelineRows = (page) =>
  page.locator('[data-testid=panel-time] ul.timeline-list li').evaluateAll((lis) =>
    lis.map((li) => ({
      side: Number([...li.querySelector('.swatch').classList].find((c) => c.startsWith('side-'))?.slice(5)),
      href: li.querySelector('a').getAttribute('href'),
    })),
  );

/** The tone panel's figures per column: mean, sentences, positive and negative (and their links). */
const toneColumns = (page) =>
  page.locator('[data-testid=panel-tone] .columns > .column').evaluateAll((cols) =>
    cols.map((c) => {
      const p = c.querySelector('p');
      const m = p.textContent.match(/^Mean ([+-]\d+\.\d\d) over (\d+) sentences: (\d+) positive, (\d+) negative\.$/);
      const links = p.querySelectorAll('a');
      return {
        label: c.querySelector('h3').textContent,
        text: p.textContent,
        mean: m ? Number(m[1]) : null,
        sentences: m ? Number(m[2]) : null,
        positive: m ? Number(m[3]) : null,
        negative: m ? Number(m[4]) : null,
        positiveHref: links[0]?.getAttribute('href'),
        negativeHref: links[1]?.getAttribute('href'),
      };
    }),
  );

/** The distinctive words of each column: word, z, here, elsewhere, link. */
const wordColumns = (page) =>
  page.locator('[data-testid=panel-words] .columns > .column').evaluateAll((cols) =>
    cols.map((c) => ({
      label: c.querySelector('h3').textContent,
      words: [...c.querySelectorAll('tbody tr')].map((tr) => {
        const [z, here, elsewhere] = [...tr.querySelectorAll('td')].map((td) => Number(td.textContent));
        const a = tr.querySelector('a[data-testid=distinctive-word]');
        return { word: a.textContent, href: a.getAttribute('href'), z, here, elsewhere };
      }),
    })),
  );

/** The evidence panel read whole (null when there is none). */
const evidenceOf = (page) =>
  page.evaluate(() => {
    const e = document.querySelector('[data-testid=evidence]');
    if (!e) return null;
    return {
      heading: e.querySelector('h2')?.textContent,
      alert: e.querySelector('[role=alert]')?.textContent ?? null,
      close: e.querySelector('p > a')?.getAttribute('href'),
      items: [...e.querySelectorAll('ol.evidence-list > li')].map((li) => {
        const link = li.querySelector('a[data-testid=evidence-link]');
        return {
          sentence: li.querySelector('.sentence')?.textContent ?? null,
          quote: li.querySelector('q')?.textContent ?? null,
          speaker: li.querySelector(':scope > strong')?.textContent ?? null,
          marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
          href: link?.getAttribute('href'),
          linkText: link?.textContent,
        };
      }),
    };
  });

/** Waits until the evidence heading starts with `starts`. */
async function waitForEvidence(page, starts) {
  await page.waitForFunction((want) => document.querySelector('[data-testid=evidence] h2')?.textContent.startsWith(want), starts, { timeout: VIEW_TIMEOUT });
}

/** Clicks `link` (a figure) and waits for the hash it names and its evidence; returns the evidence. */
async function openEvidence(page, link) {
  const href = await link.getAttribute('href');
  await link.click();
  await waitForHash(page, href);
  await page.waitForSelector('[data-testid=evidence] h2');
  return { href, evidence: await evidenceOf(page) };
}

/** A share as the page rounds it, within half a percent of count/total (ties may round either way). */
function assertShare(shown, count, total, what) {
  const exact = total === 0 ? 0 : (count / total) * 100;
  assert.ok(Math.abs(shown - exact) <= 0.5 + 1e-9, `${what}: ${shown}% shown for ${count} of ${total} (${exact.toFixed(2)}%)`);
}

/** The picker's checkbox for a column. */
const box = (page, spec) => page.locator('form.picker').getByRole('checkbox', { name: boxName(spec), exact: true });

/** Opens the picker's "Single articles" if it is closed. */
async function openArticles(page) {
  const details = page.locator('form.picker details');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
}

/** Ticks or unticks the box of `spec` and waits for the comparison it links to; returns the new columns. */
async function toggle(page, specs, spec) {
  const next = toggled(specs, spec);
  if (spec.kind === 'article') await openArticles(page);
  const input = box(page, spec);
  if (specs.some((s) => sameSpec(s, spec))) await input.uncheck();
  else await input.check();
  await waitForHash(page, compareHash(next));
  await waitForLegend(page, next.map(labelOf));
  return next;
}

/** The checked state of every box of the picker, by its name. */
const boxStates = (page) =>
  page.locator('form.picker label.pick').evaluateAll((ls) => ls.map((l) => [l.textContent, l.querySelector('input').checked]));

/**
 * Checks that every panel of the view is there with content, for columns `specs`: one
 * frame column, voices, words, tone and "only in" column per column, the timeline lists
 * exactly their articles, and the picker's boxes are ticked for exactly these columns.
 */
async function checkColumns(page, specs) {
  const labels = specs.map(labelOf);
  const legend = await legendOf(page);
  assert.deepEqual(legend.map((l) => l.label), labels, 'the legend lists the columns, in order');
  specs.forEach((s, i) => {
    const n = docsOf(s).length;
    assert.match(legend[i].note, new RegExp(`^ — (${n} articles?|\\d+ of ${n} articles counted)$`), `${labels[i]}: its ${n} article(s)`);
  });
  for (const panel of PANELS) {
    const p = page.locator(`[data-testid=panel-${panel}]`);
    assert.equal(await p.count(), 1, `the panel ${panel} is there`);
    const text = collapse(await p.innerText());
    const heading = collapse(await p.locator('h2').innerText());
    assert.ok(heading.length > 0 && text.length > heading.length + 20, `the panel ${panel} has content: ${text.slice(0, 120)}`);
  }
  const table = await frameTable(page);
  assert.deepEqual(table.heads, labels, 'the frame table has one value column per column');
  assert.equal(table.rows.length, FRAME_COUNT, 'one row per frame');
  for (const r of table.rows) {
    assert.equal(r.cells.length, specs.length, `${r.frame}: one cell per column`);
    for (const c of r.cells) assert.ok(c.href && Number.isFinite(c.share) && Number.isFinite(c.count), `${r.frame}: a share linked and a count`);
  }
  assert.equal(await page.locator('[data-testid=panel-frames] svg.frame-chart rect').count(), FRAME_COUNT * specs.length, 'one bar per frame and column');
  for (const panel of ['voices', 'words', 'tone']) {
    assert.deepEqual(await columnHeads(page, panel), labels, `${panel}: one .column per column`);
  }
  assert.deepEqual(await columnHeads(page, 'entities'), labels.map((l) => `Only in ${l}`), 'entities: an “only in” list per column');
  const unique = await page.locator('[data-testid=unique-count]').evaluateAll((as) => as.map((a) => a.parentElement.textContent));
  assert.equal(unique.length, specs.length, 'facts: a unique count per column');
  unique.forEach((u, i) => assert.match(u, new RegExp(`^\\d+ sentences? only in ${labels[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)));
  const rows = await timelineRows(page);
  assert.deepEqual(
    rows.map((r) => [r.side, r.href]),
    specs.flatMap((s, i) => docsOf(s).map((id) => [i, `#/article/${id}`])),
    'the timeline lists exactly the columns’ articles',
  );
  const shared = await page.locator('[data-testid=panel-entities] table thead th').allTextContents();
  if (shared.length) assert.deepEqual(shared.slice(1), labels, 'the shared entities table has one column per column');
  // The picker shows the columns.
  const states = Object.fromEntries(await boxStates(page));
  for (const o of OUTLETS) assert.equal(states[o], specs.some((s) => sameSpec(s, outlet(o))), `the box of ${o}`);
  for (const a of articles) assert.equal(states[boxName(article(a.id))], specs.some((s) => sameSpec(s, article(a.id))), `the box of ${a.id}`);
  const few = await page.locator('form.picker .notice').count();
  assert.equal(few, specs.length < 2 ? 1 : 0, 'the picker asks for two columns when there are fewer');
}

/** Downloads of the view: a data: link's text. */
const linkText = async (page, testid) => dataUrlText(await page.getAttribute(`a[data-testid=${testid}]`, 'href'));

/** Clicks a download link and returns { name, text } of what the browser saved. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const failure = await file.failure();
  assert.equal(failure, null, `the download of ${selector} did not fail`);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** A CSV download parsed, its header checked and every row as long as the header. */
async function csvOf(page, name, header = CSV_HEADERS[name]) {
  const rows = parseCsv(await linkText(page, `csv-${name}`));
  assert.deepEqual(rows[0], header, `the header of ${name}.csv`);
  for (const r of rows.slice(1)) assert.equal(r.length, header.length, `${name}.csv: ${header.length} fields in ${JSON.stringify(r).slice(0, 200)}`);
  return rows.slice(1);
}

const TWO_OUTLETS = [outlet('NPR'), outlet('InSight Crime')];

whenBuilt(() => {
  for (const kind of ['http', 'file']) {
    describe(`The comparison in Chromium: ${kind === 'http' ? 'dist/ over http://127.0.0.1' : 'dist/framescope.html over file://'}`, () => {
      let browser;
      let server;
      let target;
      // What the page did wrong in any test; test 10 judges it.
      const seen = [];
      // Comparisons chosen with the picker in test 2 ({ specs, hash, legend, frames, tone }); test 3 reopens their links.
      const chosen = [];

      before(async () => {
        ({ server, target, browser } = await startChromium(kind));
      });

      after(() => stopChromium({ browser, server }));

      const open = (t, hash, fn, options = {}) => withPage(browser, target, hash, fn, { log: seen, label: t.name, ...options });

      it('0. the seed facts hold in the manifest', () => {
        assert.equal(articles.length, 5, 'five articles');
        assert.deepEqual(OUTLETS, ['InSight Crime', 'Interamerican Security Watch', 'Miami Herald', 'NPR']);
        assert.equal(byId[BLOG].outlet, null, 'the policy blog has no known outlet');
        assert.equal(byId[WAPO].outlet, 'Interamerican Security Watch');
        assert.equal(publishers[WAPO], 'The Washington Post', 'the repost credits The Washington Post');
        assert.equal(publishers[MCCLATCHY], 'McClatchy Newspapers');
        const capture = (id) => readFileSync(join(ROOT, 'corpus', byId[id].file), 'utf8');
        assert.match(capture(WAPO), /From the Washington Post/);
        for (const id of [NPR, BLOG]) assert.match(capture(id), /Napolitano[^\n]*Matamoros|Matamoros[^\n]*Napolitano/, `${id} reports Napolitano in Matamoros`);
        assert.deepEqual(DEFAULT_SPECS, [outlet('NPR'), outlet('Miami Herald'), article(BLOG), outlet('Interamerican Security Watch'), outlet('InSight Crime')]);
      });

      it('1. #/compare with no option shows one column per outlet (the unattributed article its own) and every panel', async (t) => {
        await open(t, '#/compare', async (page) => {
          await page.waitForSelector('[data-testid=compare]');
          assert.equal((await page.textContent('main h1')).trim(), 'Compare how outlets frame the story');
          assert.match(await page.title(), /^Compare — Framescope$/);
          assert.equal(await page.locator('header nav a[href="#/compare"]').getAttribute('aria-current'), 'page');
          assert.equal(await hashOf(page), '#/compare', 'the default is not written into the link');
          await checkColumns(page, DEFAULT_SPECS);
          assert.ok((await legendOf(page)).some((l) => l.label === byId[BLOG].title), 'the unattributed article is a column of its own, under its title');
          assert.deepEqual(
            await page.locator('form.picker fieldset').first().locator('label.pick').allTextContents(),
            OUTLETS,
            'the picker lists every named outlet, in order',
          );
          assert.equal(await page.locator('form.picker').getByRole('link', { name: 'Reset to all outlets' }).count(), 0, 'nothing to reset');
          // Every frame share links to its evidence, by column and frame.
          const table = await frameTable(page);
          for (const r of table.rows) {
            r.cells.forEach((c, s) => assert.match(c.href, new RegExp(`^#/compare\\?show=frame%3A${s}%3A[a-z_]+$`), `${r.frame}, column ${s}`));
          }
          // The header nav reaches it from the library too.
          await page.locator('header nav a', { hasText: 'Library' }).click();
          await page.waitForSelector('tr[data-testid=article-row]');
          await page.locator('header nav a', { hasText: 'Compare' }).click();
          await waitForHash(page, '#/compare');
          await waitForLegend(page, DEFAULT_SPECS.map(labelOf));
        });
      });

      it('2. ticking and unticking outlets and single articles rewrites the link and updates every panel', async (t) => {
        await open(t, '#/compare', async (page) => {
          await page.waitForSelector('[data-testid=compare]');
          const before = await frameTable(page);
          const columnOf = (table, label) => table.rows.map((r) => r.cells[table.heads.indexOf(label)]);

          // Down to two outlets: NPR and InSight Crime.
          let specs = DEFAULT_SPECS;
          for (const spec of [outlet('Interamerican Security Watch'), outlet('Miami Herald'), article(BLOG)]) {
            specs = await toggle(page, specs, spec);
            await checkColumns(page, specs);
          }
          assert.deepEqual(specs, TWO_OUTLETS);
          assert.equal(await hashOf(page), '#/compare?side=outlet:NPR&side=outlet:InSight%20Crime');
          let table = await frameTable(page);
          for (const label of ['NPR', 'InSight Crime']) {
            assert.deepEqual(
              columnOf(table, label).map((c) => [c.share, c.count]),
              columnOf(before, label).map((c) => [c.share, c.count]),
              `${label}'s frame shares are its own, whatever it is compared with`,
            );
          }
          const reset = page.locator('form.picker').getByRole('link', { name: 'Reset to all outlets' });
          assert.equal(await reset.getAttribute('href'), '#/compare');
          chosen.push({ specs, hash: await hashOf(page), legend: await legendOf(page), frames: table.text, tone: await toneColumns(page) });

          // Tick one back and untick the first: the ticked one comes last.
          specs = await toggle(page, specs, outlet('Miami Herald'));
          assert.deepEqual(specs.map(labelOf), ['NPR', 'InSight Crime', 'Miami Herald']);
          await checkColumns(page, specs);
          specs = await toggle(page, specs, outlet('NPR'));
          assert.equal(await hashOf(page), '#/compare?side=outlet:InSight%20Crime&side=outlet:Miami%20Herald');
          await checkColumns(page, specs);
          table = await frameTable(page);
          assert.deepEqual(columnOf(table, 'Miami Herald').map((c) => c.count), columnOf(before, 'Miami Herald').map((c) => c.count));

          // Single articles: the repost joins as a column of its own, under its title.
          specs = await toggle(page, specs, article(WAPO));
          assert.equal(await page.locator('form.picker details').evaluate((d) => d.open), true, 'the single articles stay open while one is chosen');
          await checkColumns(page, specs);
          specs = await toggle(page, specs, outlet('InSight Crime'));
          specs = await toggle(page, specs, outlet('Miami Herald'));
          assert.deepEqual(specs, [article(WAPO)]);
          await checkColumns(page, specs);
          specs = await toggle(page, specs, article(NPR));
          assert.equal(await hashOf(page), `#/compare?side=article:${WAPO}&side=article:${NPR}`);
          await checkColumns(page, specs);
          chosen.push({ specs, hash: await hashOf(page), legend: await legendOf(page), frames: (await frameTable(page)).text, tone: await toneColumns(page) });

          // Back returns to the comparison before the last tick.
          await page.goBack();
          await waitForHash(page, compareHash([article(WAPO)]));
          await waitForLegend(page, [byId[WAPO].title]);
          // The reset link returns to the default.
          await reset.click();
          await waitForHash(page, '#/compare');
          await waitForLegend(page, DEFAULT_SPECS.map(labelOf));
        });
      });

      it('3. a copied link restores the comparison: the same columns and the same figures, over http and from file://', async (t) => {
        assert.equal(chosen.length, 2, 'test 2 chose two comparisons');
        const targets = kind === 'http' ? [target, fileTarget()] : [target];
        for (const where of targets) {
          for (const c of chosen) {
            await withPage(
              browser,
              where,
              c.hash,
              async (page) => {
                await page.waitForSelector('[data-testid=compare-legend] li');
                assert.deepEqual(await legendOf(page), c.legend, `${c.hash}: the same legend`);
                assert.equal((await frameTable(page)).text, c.frames, `${c.hash}: the same frame table`);
                assert.deepEqual(await toneColumns(page), c.tone, `${c.hash}: the same tone figures`);
                await checkColumns(page, c.specs);
                assert.equal(await hashOf(page), c.hash, 'the link is kept as it was');
              },
              { log: seen, label: `${t.name} (${where.short})` },
            );
          }
        }
      });

      it('4. every figure opens the sentences it counts, in one click, and keeps them open on reload', async (t) => {
        const base = compareHash(TWO_OUTLETS);
        await open(t, base, async (page) => {
          await waitForLegend(page, TWO_OUTLETS.map(labelOf));
          const tone = await toneColumns(page);
          const evidenceCsv = await csvOf(page, 'frame-evidence');
          const table = await frameTable(page);
          assert.equal(await page.locator('[data-testid=evidence]').count(), 0, 'no evidence before a click');

          // Frames: each column's largest frame (with cues), and one with none.
          for (let s = 0; s < TWO_OUTLETS.length; s++) {
            const label = labelOf(TWO_OUTLETS[s]);
            const cues = table.rows.slice(0, -1).map((r, i) => [i, r.cells[s].count]);
            const [row] = cues.sort((a, b) => b[1] - a[1])[0];
            const r = table.rows[row];
            const cell = r.cells[s];
            const key = decodeURIComponent(cell.href).match(/show=frame:(\d+):([a-z_]+)$/);
            assert.ok(key && Number(key[1]) === s, `the share links to column ${s}: ${cell.href}`);
            assert.equal(cell.href, compareHash(TWO_OUTLETS, `frame:${s}:${key[2]}`));
            const link = page.locator('[data-testid=frame-share]').nth(row * TWO_OUTLETS.length + s);
            const { evidence } = await openEvidence(page, link);
            assert.equal(await hashOf(page), `${base}&show=frame%3A${s}%3A${key[2]}`, 'the hash gains show=frame:<column>:<key>');
            const m = evidence.heading.match(/^Evidence: (.+) in (.+): (\d+) of (\d+) sentences$/);
            assert.ok(m, `the evidence heading says what it counts: ${evidence.heading}`);
            assert.deepEqual([m[1], m[2]], [r.frame, label]);
            const [n, total] = [Number(m[3]), Number(m[4])];
            assert.equal(n, cell.count, `${r.frame} in ${label}: the count in the table is the count of sentences`);
            assert.equal(evidence.items.length, n, 'the evidence lists that many sentences');
            assert.equal(total, tone[s].sentences, `the column's sentence count is the one the tone panel counts (${tone[s].text})`);
            assertShare(cell.share, n, total, `${r.frame} in ${label}`);
            assert.ok(n > 0, 'the largest frame has sentences');
            for (const item of evidence.items) {
              assert.ok(item.marks.length >= 1, `a cue word is marked in “${item.sentence}”`);
              for (const mark of item.marks) assert.ok(item.sentence.includes(mark), 'the mark is a word of the sentence');
              assert.match(item.href, /^#\/article\/[a-z0-9-]+\?line=\d+$/, 'each sentence links to its line');
            }
            // The same sentences and cue words as the frame-evidence download.
            const rows = evidenceCsv.filter((row) => row[0] === label && row[3] === key[2]);
            assert.deepEqual(evidence.items.map((i) => i.sentence), rows.map((row) => row[5]), 'the sentences of frame-evidence.csv');
            evidence.items.forEach((item, i) => {
              assert.deepEqual([...item.marks].sort(), rows[i][4].split('; ').sort(), `the cue words of frame-evidence.csv: ${item.sentence}`);
              assert.equal(item.href, `#/article/${rows[i][1]}?line=${rows[i][2]}`);
            });
            // Close.
            assert.equal(evidence.close, base);
            await page.locator('[data-testid=evidence] a', { hasText: 'Close the evidence' }).click();
            await waitForHash(page, base);
            await page.waitForSelector('[data-testid=evidence]', { state: 'detached' });
          }
          // A frame with no cue: its sentences, unmarked.
          {
            const other = table.rows.at(-1);
            const link = page.locator('[data-testid=frame-share]').nth((FRAME_COUNT - 1) * TWO_OUTLETS.length);
            const { evidence } = await openEvidence(page, link);
            assert.equal(evidence.items.length, other.cells[0].count, `${other.frame}: the count of sentences listed`);
            for (const item of evidence.items) assert.deepEqual(item.marks, [], 'a sentence with no cue has nothing marked');
          }

          // Distinctive words: every sentence holds the word, marked; the marks add up to the counts.
          const words = await wordColumns(page);
          for (let s = 0; s < words.length; s++) {
            assert.ok(words[s].words.length >= 1, `${words[s].label} has distinctive words`);
            for (const [i, w] of words[s].words.entries()) {
              assert.equal(w.href, compareHash(TWO_OUTLETS, `word:${s}:${w.word}`));
              // The first words by a click (each click waits for the page's smooth scroll), the rest by their links.
              let evidence;
              if (i < 3) {
                const link = page.locator(`[data-testid=panel-words] .columns > .column:nth-child(${s + 1}) [data-testid=distinctive-word]`);
                ({ evidence } = await openEvidence(page, link.nth(i)));
              } else {
                await page.evaluate((h) => (window.location.hash = h), w.href);
                await waitForEvidence(page, `Evidence: “${w.word}” in ${words[s].label}:`);
                evidence = await evidenceOf(page);
              }
              const m = evidence.heading.match(/^Evidence: “(.+)” in (.+): (\d+) sentences?$/);
              assert.ok(m, `the heading names the word: ${evidence.heading}`);
              assert.deepEqual([m[1], m[2]], [w.word, words[s].label]);
              assert.equal(evidence.items.length, Number(m[3]));
              for (const item of evidence.items) {
                assert.ok(item.marks.length >= 1, `“${w.word}” is marked in “${item.sentence}”`);
                for (const mark of item.marks) assert.equal(foldWord(mark), foldWord(w.word), `the mark “${mark}” is the word “${w.word}”`);
              }
              const marks = evidence.items.reduce((sum, item) => sum + item.marks.length, 0);
              assert.equal(marks, w.here, `“${w.word}” in ${words[s].label}: the word is marked as often as “Here” counts it`);
              // With two columns, “Elsewhere” is the other column: its evidence marks as many.
              await page.evaluate((h) => (window.location.hash = h), compareHash(TWO_OUTLETS, `word:${1 - s}:${w.word}`));
              await waitForEvidence(page, `Evidence: “${w.word}” in ${words[1 - s].label}:`);
              const other = await evidenceOf(page);
              assert.equal(
                other.items.reduce((sum, item) => sum + item.marks.length, 0),
                w.elsewhere,
                `“${w.word}”: the other column marks it as often as “Elsewhere” counts it`,
              );
            }
          }

          // Tone: positive and negative sentences.
          for (let s = 0; s < tone.length; s++) {
            assert.equal(tone[s].positiveHref, compareHash(TWO_OUTLETS, `positive:${s}`));
            assert.equal(tone[s].negativeHref, compareHash(TWO_OUTLETS, `negative:${s}`));
            assert.ok(tone[s].positive + tone[s].negative <= tone[s].sentences, `${tone[s].label}: ${tone[s].text}`);
            let { evidence } = await openEvidence(page, page.locator('[data-testid=tone-positive]').nth(s));
            assert.equal(evidence.heading, `Evidence: Positive sentences in ${tone[s].label}: ${tone[s].positive}`);
            assert.equal(evidence.items.length, tone[s].positive);
            for (const item of evidence.items) assert.ok(item.marks.length >= 1, `a positive sentence has its sentiment words marked: ${item.sentence}`);
            ({ evidence } = await openEvidence(page, page.locator(`[data-testid=panel-tone] a[href="${tone[s].negativeHref}"]`)));
            assert.equal(evidence.heading, `Evidence: Negative sentences in ${tone[s].label}: ${tone[s].negative}`);
            assert.equal(evidence.items.length, tone[s].negative);
          }

          // Sentences only one column reports.
          for (let s = 0; s < TWO_OUTLETS.length; s++) {
            const link = page.locator('[data-testid=unique-count]').nth(s);
            const n = Number((await link.textContent()).match(/^(\d+) sentences?$/)[1]);
            assert.equal(await link.getAttribute('href'), compareHash(TWO_OUTLETS, `unique:${s}`));
            const { evidence } = await openEvidence(page, link);
            assert.match(evidence.heading, new RegExp(`^Evidence: Reported only in ${labelOf(TWO_OUTLETS[s])}: ${n} sentences?$`));
            assert.equal(evidence.items.length, n);
          }

          // Voices: a speaker's share is their words over the column's quoted words; their quotes are listed.
          const speaker = page.locator('[data-testid=speaker-share]').first();
          const li = await speaker.evaluate((a) => ({
            text: a.parentElement.textContent,
            name: a.parentElement.querySelector('strong').textContent,
            column: a.closest('.column').querySelector('p.muted').textContent,
          }));
          const sm = li.text.match(/^(\d+)% .+ \((.+)\) — (\d+) quotes, (\d+) words$/);
          assert.ok(sm, `a speaker line: ${li.text}`);
          const quoted = Number(li.column.match(/^(\d+) quoted words\./)[1]);
          assertShare(Number(sm[1]), Number(sm[4]), quoted, `${li.name}'s share of quoted words`);
          const { href: speakerHref, evidence: quotes } = await openEvidence(page, speaker);
          assert.equal(speakerHref, compareHash(TWO_OUTLETS, `speaker:0:${li.name}`));
          assert.equal(quotes.heading, `Evidence: Quotes of ${li.name} in ${labelOf(TWO_OUTLETS[0])}: ${sm[3]}`);
          assert.equal(quotes.items.length, Number(sm[3]));
          for (const q of quotes.items) {
            assert.equal(q.speaker, li.name);
            assert.ok(q.quote.trim().length > 0, 'the quoted words');
            assert.match(q.href, /^#\/article\/[a-z0-9-]+\?line=\d+$/);
          }
          // A kind of speaker: its quotes.
          const category = page.locator('[data-testid=panel-voices] .column').first().locator('ul > li > a').first();
          const cm = (await category.evaluate((a) => a.parentElement.textContent)).match(/— (\d+) quotes, (\d+) words$/);
          const { evidence: byKind } = await openEvidence(page, category);
          assert.equal(byKind.items.length, Number(cm[1]), 'a kind of speaker: its quotes');

          // Entities: a chip's count is the mentions marked in its sentences.
          const chips = page.locator('[data-testid=panel-entities] .column a.chip');
          assert.ok((await chips.count()) >= 2, 'entities named in one column only');
          for (const i of [0, (await chips.count()) - 1]) {
            const chip = chips.nth(i);
            const [name, count] = await chip.evaluate((a) => [a.firstChild.textContent, Number(a.querySelector('.count').textContent)]);
            const { evidence } = await openEvidence(page, chip);
            assert.match(evidence.heading, new RegExp(`^Evidence: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} in .+: ${evidence.items.length} sentences?$`));
            assert.equal(evidence.items.reduce((sum, item) => sum + item.marks.length, 0), count, `${name}: every mention counted is marked`);
          }

          // An article's leading frame: the article alone, with that frame's sentences open.
          {
            const lead = page.locator('[data-testid=panel-frames] ul > li > a[href*="show="]').first();
            const [text, href] = [await lead.textContent(), await lead.getAttribute('href')];
            const lm = decodeURIComponent(href).match(/^#\/compare\?side=article:([a-z0-9-]+)&show=frame:0:([a-z_]+)$/);
            assert.ok(lm, `a leading frame links to its article alone: ${href}`);
            const { evidence } = await openEvidence(page, lead);
            await waitForLegend(page, [byId[lm[1]].title]);
            const em = evidence.heading.match(/^Evidence: (.+) in (.+): (\d+) of (\d+) sentences$/);
            assert.ok(em && em[2] === byId[lm[1]].title, `the evidence of the article: ${evidence.heading}`);
            assert.equal(text, `${em[1]} ${text.match(/(\d+)%$/)[1]}%`, 'the link names the frame');
            assertShare(Number(text.match(/(\d+)%$/)[1]), Number(em[3]), Number(em[4]), `${em[1]} in ${em[2]}`);
            assert.equal(evidence.items.length, Number(em[3]));
            await page.goBack();
            await waitForLegend(page, TWO_OUTLETS.map(labelOf));
          }

          // Reload keeps the evidence open.
          await openEvidence(page, speaker);
          const shown = await evidenceOf(page);
          const hash = await hashOf(page);
          await page.reload({ waitUntil: 'load' });
          await waitForApp(page);
          await page.waitForSelector('[data-testid=evidence] h2');
          assert.equal(await hashOf(page), hash);
          assert.deepEqual(await evidenceOf(page), shown, 'the same evidence after a reload');
        });
      });

      it('5. an evidence link opens the sentence in the reading view, marked as cited and scrolled into view', async (t) => {
        const base = compareHash(TWO_OUTLETS);
        await open(t, `${base}&show=${linkEncode('frame:0:security_and_defense')}`, async (page) => {
          await page.waitForSelector('[data-testid=evidence] h2');
          const { items } = await evidenceOf(page);
          assert.ok(items.length >= 2, 'sentences to follow');
          // The last one: furthest down its article.
          const item = items.at(-1);
          const [, id, line] = item.href.match(/^#\/article\/([a-z0-9-]+)\?line=(\d+)$/);
          assert.ok(byId[id], `a known article: ${id}`);
          assert.equal(item.linkText, `${byId[id].title}, line ${line}`, 'the link names the article and the line');
          await page.locator('[data-testid=evidence] a[data-testid=evidence-link]').last().click();
          await waitForHash(page, item.href);
          await page.waitForSelector('[data-testid=cited]');
          assert.equal((await page.textContent('main h1')).trim(), byId[id].title);
          const cited = await page.locator('[data-testid=cited]').allTextContents();
          assert.equal(cited.length, 1, 'one cited passage');
          assert.ok(collapse(cited[0]).includes(collapse(item.sentence)), `the cited passage holds “${item.sentence}”`);
          assert.equal(await page.locator('[data-testid=cited]').getAttribute('id'), `line-${line}`);
          await waitInViewport(page, '[data-testid=cited]', `the cited sentence (line ${line}), after clicking its evidence link in the comparison,`);
          // Back: the evidence again.
          await page.goBack();
          await page.waitForSelector('[data-testid=evidence] h2');
        });
        // The same link, loaded fresh.
        await open(t, `${base}&show=${linkEncode('frame:0:security_and_defense')}`, async (page) => {
          await page.waitForSelector('[data-testid=evidence] h2');
          const href = (await evidenceOf(page)).items.at(-1).href;
          await open(t, href, async (fresh) => {
            await fresh.waitForSelector('[data-testid=cited]');
            await waitInViewport(fresh, '[data-testid=cited]', `the cited sentence of ${href}, loaded fresh,`);
          });
        });
        // A quote's link: the passage that holds the quoted words.
        await open(t, `${base}&show=${linkEncode('speaker:0:Janet Napolitano')}`, async (page) => {
          await page.waitForSelector('[data-testid=evidence] h2');
          const { items } = await evidenceOf(page);
          assert.ok(items.length >= 1, 'quotes of Janet Napolitano in NPR');
          await page.locator('[data-testid=evidence] a[data-testid=evidence-link]').first().click();
          await waitForHash(page, items[0].href);
          await page.waitForSelector('[data-testid=cited]');
          const cited = collapse(await page.locator('[data-testid=cited]').textContent());
          assert.ok(cited.includes(collapse(items[0].quote)), `the cited passage holds the quote “${items[0].quote}”`);
        });
      });

      it('5b. every sentence of every article opens, by its line link, with exactly one cited passage that holds it', async (t) => {
        await open(t, '#/compare', async (page) => {
          await page.waitForSelector('[data-testid=compare-json]');
          const json = JSON.parse(await linkText(page, 'compare-json'));
          // Every body sentence is in one frame or in "other": together, all of them.
          const sentences = new Map();
          for (const c of json.columns) for (const f of c.frames) for (const s of f.sentences) sentences.set(`${s.doc}?line=${s.line}|${s.text}`, s);
          assert.ok(sentences.size >= 50, `the sentences of the corpus (${sentences.size})`);
          const failures = [];
          for (const s of sentences.values()) {
            const href = `#/article/${s.doc}?line=${s.line}`;
            await page.evaluate((h) => (window.location.hash = h), href);
            await page.waitForFunction(
              (want) =>
                window.location.hash === want.href &&
                document.querySelector('[data-testid=cited]')?.id === `line-${want.line}` &&
                document.querySelector('main h1')?.textContent === want.title,
              { href, line: s.line, title: byId[s.doc].title },
            );
            const cited = await page.locator('[data-testid=cited]').allTextContents();
            if (cited.length !== 1) failures.push(`${href}: ${cited.length} cited passages`);
            else if (!collapse(cited[0]).includes(collapse(s.text))) failures.push(`${href}: the cited passage lacks “${s.text}”`);
          }
          assert.deepEqual(failures, [], 'every sentence is cited at its line');
        });
      });

      it('6. NPR and the policy blog share facts: aligned pairs with a score and the terms they share, marked in both', async (t) => {
        const specs = [outlet('NPR'), article(BLOG)];
        await open(t, compareHash(specs), async (page) => {
          await waitForLegend(page, specs.map(labelOf));
          const pairs = await page.locator('[data-testid=aligned-pair]').evaluateAll((lis) =>
            lis.map((li) => ({
              score: li.querySelector('.pair-score').textContent,
              sides: [...li.querySelectorAll('blockquote')].map((b) => ({
                sentence: b.querySelector('.sentence').textContent,
                marks: [...b.querySelectorAll('mark')].map((m) => m.textContent),
                href: b.querySelector('a[data-testid=evidence-link]').getAttribute('href'),
              })),
            })),
          );
          assert.ok(pairs.length >= 1, 'at least one aligned pair: both report Napolitano’s visit');
          const summary = await page.locator('[data-testid=panel-facts] p', { hasText: /pairs?, best first\.$/ }).textContent();
          const total = Number(summary.match(/^(\d+) pairs?, best first\.$/)[1]);
          assert.equal(pairs.length, Math.min(total, 40), `the pairs shown: ${summary}`);
          let last = Infinity;
          const csv = await csvOf(page, 'shared-facts');
          assert.equal(csv.length, total, 'shared-facts.csv has every pair');
          for (const [i, p] of pairs.entries()) {
            const m = p.score.match(/^Score (\d+\.\d\d) · shared: (.+)$/);
            assert.ok(m, `a score and shared terms: ${p.score}`);
            const score = Number(m[1]);
            assert.ok(score > 0 && score <= last, `scores are positive, best first (${score} after ${last})`);
            last = score;
            const terms = m[2].split(', ');
            assert.ok(terms.length >= 1 && terms.every((x) => x.length > 0), 'shared terms');
            assert.equal(p.sides.length, 2, 'two sentences');
            assert.deepEqual(p.sides.map((s) => s.href.match(/^#\/article\/([a-z0-9-]+)\?line=\d+$/)?.[1]).sort(), [NPR, BLOG].sort(), 'one sentence from each column');
            for (const s of p.sides) {
              for (const term of terms) {
                // (A word the two sentences write differently is given as both forms,
                // "patrolling/patrols": one of them is marked in each sentence.)
                const forms = term.split('/').map(foldWord);
                assert.ok(s.marks.some((mk) => forms.includes(foldWord(mk))), `“${term}” is marked in “${s.sentence}”`);
              }
            }
            const row = csv[i];
            // (The CSV keeps three decimals, the page two: rounding 0.275 again would give
            // 0.28 where the page, rounding the score itself, 0.27458…, shows 0.27.)
            assert.ok(Math.abs(Number(row[0]) - score) <= 0.005 + 1e-9, `the score of shared-facts.csv: ${row[0]} against ${m[1]}`);
            assert.deepEqual([row[3], row[6]], p.sides.map((s) => s.sentence), 'the sentences of shared-facts.csv');
            assert.deepEqual(row[7].split('; '), terms);
          }
          assert.ok(
            pairs.some((p) => p.sides.every((s) => s.sentence.includes('Napolitano'))),
            'a pair of sentences that both name Napolitano: her visit, which both report',
          );
          // A sentence in no pair is reported by its column only: the two add up to the column's sentences.
          const tone = await toneColumns(page);
          for (let s = 0; s < specs.length; s++) {
            const unique = Number((await page.locator('[data-testid=unique-count]').nth(s).textContent()).match(/^(\d+)/)[1]);
            const docs = docsOf(specs[s]);
            const paired = new Set(csv.flatMap((r) => [[r[1], r[2], r[3]], [r[4], r[5], r[6]]]).filter(([doc]) => docs.includes(doc)).map((x) => x.join('|')));
            assert.equal(unique + paired.size, tone[s].sentences, `${labelOf(specs[s])}: ${unique} unique + ${paired.size} paired sentences`);
          }
        });
      });

      it('7. reposts: the Interamerican Security Watch article is flagged as The Washington Post’s, and no original is', async (t) => {
        const flagged = (page) =>
          page.locator('[data-testid=credited-repost]').evaluateAll((lis) =>
            lis.map((li) => ({ href: li.querySelector('a').getAttribute('href'), text: li.textContent })),
          );
        await open(t, '#/compare', async (page) => {
          await page.waitForSelector('[data-testid=panel-reposts]');
          const items = await flagged(page);
          const expected = articles.filter((a) => publishers[a.id] && publishers[a.id] !== a.outlet).map((a) => `#/article/${a.id}`);
          assert.deepEqual(items.map((i) => i.href), expected, 'the articles that credit another publisher, and only they');
          const wapo = items.find((i) => i.href === `#/article/${WAPO}`);
          assert.ok(wapo, 'the Interamerican Security Watch article is flagged');
          assert.ok(wapo.text.startsWith(byId[WAPO].title), 'by its title');
          assert.ok(wapo.text.includes('The Washington Post') && wapo.text.includes('Interamerican Security Watch'), `it names both: ${wapo.text}`);
        });
        await open(t, compareHash([outlet('Interamerican Security Watch'), outlet('NPR')]), async (page) => {
          await page.waitForSelector('[data-testid=panel-reposts]');
          assert.deepEqual((await flagged(page)).map((i) => i.href), [`#/article/${WAPO}`]);
        });
        await open(t, compareHash([outlet('NPR'), outlet('InSight Crime')]), async (page) => {
          await page.waitForSelector('[data-testid=panel-reposts]');
          assert.deepEqual(await flagged(page), [], 'originals are not flagged');
          assert.match(await page.locator('[data-testid=panel-reposts]').innerText(), /No article in this comparison copies another/);
        });
      });

      it('8. the JSON and CSV downloads parse, and hold the columns and figures the page shows', async (t) => {
        for (const specs of [DEFAULT_SPECS, TWO_OUTLETS]) {
          const hash = specs === DEFAULT_SPECS ? '#/compare' : compareHash(specs);
          await open(t, hash, async (page) => {
            await page.waitForSelector('[data-testid=panel-downloads]');
            const labels = specs.map(labelOf);
            const legend = (await legendOf(page)).map((l) => l.label);
            assert.deepEqual(legend, labels);

            // JSON: the columns of the legend, their articles, frames and tone.
            const jsonLink = page.locator('a[data-testid=compare-json]');
            assert.equal(await jsonLink.getAttribute('download'), 'framescope-compare.json');
            assert.match(await jsonLink.getAttribute('href'), /^data:application\/json;charset=utf-8,/);
            const file = await download(page, 'a[data-testid=compare-json]');
            assert.equal(file.name, 'framescope-compare.json');
            assert.equal(file.text, await linkText(page, 'compare-json'), 'the file is the link’s text');
            const json = JSON.parse(file.text);
            assert.deepEqual(Object.keys(json).sort(), ['columns', 'copies_left_out', 'entities', 'shared_facts']);
            assert.deepEqual(json.columns.map((c) => c.label), legend, 'the JSON has the legend’s columns');
            const rows = await timelineRows(page);
            const table = await frameTable(page);
            const tone = await toneColumns(page);
            json.columns.forEach((c, s) => {
              assert.deepEqual(c.articles.map((id) => `#/article/${id}`), rows.filter((r) => r.side === s).map((r) => r.href), `${c.label}: its articles`);
              assert.deepEqual(c.articles, docsOf(specs[s]));
              assert.equal(c.frames.length, FRAME_COUNT);
              c.frames.forEach((f, r) => {
                assert.equal(f.sentences.length, table.rows[r].cells[s].count, `${c.label}, ${f.frame}: the table's count`);
                assertShare(table.rows[r].cells[s].share, f.sentences.length, c.tone.sentences, `${c.label}, ${f.frame}`);
                assert.ok(Math.abs(f.share - f.sentences.length / c.tone.sentences) < 1e-3, `${c.label}, ${f.frame}: share = sentences / column sentences`);
              });
              assert.deepEqual([c.tone.sentences, c.tone.positive, c.tone.negative], [tone[s].sentences, tone[s].positive, tone[s].negative]);
            });

            // Every CSV: its file name, its header, well-formed rows.
            for (const name of Object.keys(CSV_HEADERS)) {
              const sel = `a[data-testid=csv-${name}]`;
              assert.equal(await page.getAttribute(sel, 'download'), `framescope-compare-${name}.csv`);
              assert.match(await page.getAttribute(sel, 'href'), /^data:text\/csv;charset=utf-8,/);
              const saved = await download(page, sel);
              assert.equal(saved.name, `framescope-compare-${name}.csv`);
              assert.equal(saved.text, await linkText(page, `csv-${name}`), `${name}.csv: the file is the link's text`);
              assert.ok(saved.text.endsWith('\r\n'), `${name}.csv: rows end with CRLF`);
            }
            const frames = await csvOf(page, 'frames');
            assert.equal(frames.length, labels.length * FRAME_COUNT, 'frames.csv: a row per column and frame');
            frames.forEach(([label, frame, share, n], i) => {
              const [s, r] = [Math.floor(i / FRAME_COUNT), i % FRAME_COUNT];
              assert.equal(label, labels[s]);
              assert.equal(frame, json.columns[s].frames[r].frame);
              assert.equal(Number(n), table.rows[r].cells[s].count, `frames.csv ${label} ${frame}: the table's count`);
              assert.ok(Math.abs(Number(share) - Number(n) / tone[s].sentences) < 1e-4);
            });
            const evidence = await csvOf(page, 'frame-evidence');
            for (const c of json.columns) {
              for (const f of c.frames.filter((x) => x.frame !== 'other')) {
                const mine = evidence.filter((r) => r[0] === c.label && r[3] === f.frame);
                assert.deepEqual(
                  mine.map((r) => [r[1], Number(r[2]), r[5]]),
                  f.sentences.map((x) => [x.doc, x.line, x.text]),
                  `frame-evidence.csv: ${c.label}, ${f.frame}`,
                );
                for (const r of mine) assert.ok(r[4].length > 0, `frame-evidence.csv: cue words for ${r[5]}`);
              }
            }
            const voices = await csvOf(page, 'voices');
            for (const r of voices) assert.ok(labels.includes(r[0]), `voices.csv: a column of the legend (${r[0]})`);
            const words = await csvOf(page, 'distinctive-words');
            const shown = await wordColumns(page);
            shown.forEach((col) => {
              assert.deepEqual(
                words.filter((r) => r[0] === col.label).map((r) => [r[1], Number(r[2]), Number(r[3])]),
                col.words.map((w) => [w.word, w.here, w.elsewhere]),
                `distinctive-words.csv: ${col.label}`,
              );
            });
            const facts = await csvOf(page, 'shared-facts');
            assert.equal(facts.length, json.shared_facts.length);
            const toneCsv = await csvOf(page, 'tone');
            assert.deepEqual(toneCsv.map((r) => r[0]), json.columns.flatMap((c) => c.counted), 'tone.csv: a row per counted article');
            json.columns.forEach((c, s) => {
              const sum = toneCsv.filter((r) => c.counted.includes(r[0])).reduce((n, r) => n + Number(r[2]), 0);
              assert.equal(sum, tone[s].sentences, `tone.csv: ${c.label}'s sentences`);
            });
            const entities = await csvOf(page, 'entities', [...CSV_HEADERS.entities, ...labels.map((l) => `mentions: ${l}`)]);
            assert.equal(entities.length, json.entities.length, 'entities.csv: one row per entity of the JSON');
          });
        }
      });

      it('9. a bad link names the bad part', async (t) => {
        await open(t, '#/compare?side=npr', async (page) => {
          await page.waitForSelector('[data-testid=not-found]');
          const text = await page.textContent('[data-testid=not-found]');
          assert.ok(text.includes('side=npr'), `the not-found view names side=npr: ${text}`);
          assert.match(await page.title(), /^Not found — Framescope$/);
        });
        for (const [hash, name] of [
          ['#/compare?side=outlet:Nope', 'Nope'],
          [`#/compare?side=outlet:NPR&side=article:no-such-article`, 'no-such-article'],
        ]) {
          await open(t, hash, async (page) => {
            await page.waitForSelector('[data-testid=compare-error]');
            const text = await page.textContent('[data-testid=compare-error]');
            assert.ok(text.includes(`“${name}”`), `the error names ${name}: ${text}`);
            assert.equal(await page.getAttribute('[data-testid=compare-error]', 'role'), 'alert');
            assert.equal(await page.locator('[data-testid=panel-frames]').count(), 0, 'no figures for a column that is not there');
            await page.locator('main a', { hasText: 'Compare all outlets instead' }).click();
            await waitForHash(page, '#/compare');
            await waitForLegend(page, DEFAULT_SPECS.map(labelOf));
          });
        }
        await open(t, '#/compare?show=frame:9:economic', async (page) => {
          await page.waitForSelector('[data-testid=evidence] [role=alert]');
          const { alert, items, close } = await evidenceOf(page);
          assert.ok(alert.includes('show=frame:9') && alert.includes('column 9'), `the alert names the column: ${alert}`);
          assert.ok(alert.includes(`has ${DEFAULT_SPECS.length}`), `and how many there are: ${alert}`);
          assert.deepEqual(items, []);
          assert.equal(close, '#/compare');
          await checkColumns(page, DEFAULT_SPECS);
        });
      });

      const AXE_CASES = [
        ['the default comparison', '#/compare', '[data-testid=panel-downloads]'],
        ['two outlets with a frame’s evidence open', `${compareHash(TWO_OUTLETS)}&show=${linkEncode('frame:0:security_and_defense')}`, '[data-testid=evidence] mark'],
        ['two articles with a word’s evidence open', `${compareHash([article(WAPO), article(NPR)])}&show=${linkEncode('word:1:kahn')}`, '[data-testid=evidence] h2'],
        ['one column', compareHash([outlet('NPR')]), 'form.picker .notice'],
        ['a column that is not there', compareHash([outlet('Nope')]), '[data-testid=compare-error]'],
        ['the reading view with a cited line', `#/article/${NPR}?line=21`, '[data-testid=cited]'],
      ];
      const LAYOUTS = [
        ['light', 'desktop', { width: 1280, height: 800 }],
        ['dark', 'desktop', { width: 1280, height: 800 }],
        ['light', 'phone 390×844', { width: 390, height: 844 }],
      ];
      for (const [scheme, device, viewport] of LAYOUTS) {
        for (const [view, hash, ready] of AXE_CASES) {
          it(`10. no axe violation: ${view}, ${scheme} scheme, ${device}`, async (t) => {
            await open(
              t,
              hash,
              async (page) => {
                await page.waitForSelector(ready, { state: 'visible' });
                if (viewport.width < 500) {
                  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
                  assert.ok(overflow <= 0, `the view is ${overflow} px wider than the phone`);
                }
                await assertAxeClean(page, scheme);
              },
              { context: { colorScheme: scheme, viewport } },
            );
          });
        }
      }

      it('10. the comparison makes no request and no console error or warning, in a tour and in every test above', async () => {
        const own = [];
        await withTour(browser, target, async (page, watcher) => {
          await page.waitForSelector('tr[data-testid=article-row]');
          const loaded = watcher.requests.length;
          assert.ok(loaded > 0, 'the page load was seen');
          const duplicates = [];
          const checkIds = async (where) => {
            const dups = await duplicateIds(page);
            if (dups.length) duplicates.push(`${where}: ${dups.join(', ')}`);
          };
          await page.locator('header nav a[href="#/compare"]').click();
          await page.waitForSelector('[data-testid=panel-downloads]');
          await checkIds('#/compare');
          let specs = DEFAULT_SPECS;
          for (const spec of [outlet('Miami Herald'), article(BLOG), outlet('Interamerican Security Watch')]) specs = await toggle(page, specs, spec);
          await page.locator('[data-testid=frame-share]').first().click();
          await page.waitForSelector('[data-testid=evidence] h2');
          await checkIds('the evidence');
          await page.locator('[data-testid=distinctive-word]').first().click();
          await page.waitForSelector('[data-testid=evidence] mark');
          await page.locator('[data-testid=tone-positive]').first().click();
          await page.locator('[data-testid=unique-count]').last().click();
          await page.locator('[data-testid=speaker-share]').first().click();
          await waitForEvidence(page, 'Evidence: Quotes');
          await page.locator('[data-testid=evidence] a[data-testid=evidence-link]').first().click();
          await page.waitForSelector('[data-testid=cited]');
          await checkIds('the reading view with a cited line');
          await page.goBack();
          await page.waitForSelector('[data-testid=evidence] h2');
          for (const name of ['compare-json', ...Object.keys(CSV_HEADERS).map((n) => `csv-${n}`)]) await download(page, `a[data-testid=${name}]`);
          await page.locator('header nav a[href="#/"]').click();
          await page.waitForSelector('tr[data-testid=article-row]');
          own.push(...watcher.problems.map((problem) => ({ problem, label: 'the comparison tour' })));
          // (A data: download is no request either: Chromium saves it without one.)
          assert.deepEqual(watcher.requests.slice(loaded), [], 'comparing, tracing and downloading request nothing');
          assert.deepEqual(duplicates, [], 'ids are unique in every view');
        }, { timeout: VIEW_TIMEOUT });
        assertNoProblems([...own, ...seen]);
      });
    });
  }
});
