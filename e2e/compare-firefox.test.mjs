// The core checks of the comparison (compare.test.mjs) in headless Firefox ESR through
// geckodriver, with the small WebDriver client in webdriver.mjs, for dist/ over
// http://127.0.0.1 and dist/framescope.html over file://: one column per outlet by
// default with every panel, the picker that chooses the columns and rewrites the link, a
// copied link that restores the figures, figures that open their sentences (and stay open
// on reload), an evidence link that opens the cited sentence in view, shared facts, the
// repost flag, the downloads' contents, and bad links that name the bad part. Skipped,
// saying why, only when geckodriver or Firefox is not installed.
//
// WebDriver gives no console log in Firefox, so after each load a small script records
// console errors and warnings, uncaught errors and rejected promises, and every resource
// the page loads (performance entries); the last test fails on any of them. WebDriver has
// no download event either: the downloads are read from their data: links, which is what
// the browser saves (Chromium checks the download itself).
//
// Seed-corpus facts, as in compare.test.mjs: four named outlets and one unattributed
// policy blog; the Interamerican Security Watch article is a Washington Post repost; NPR
// and the blog both report Janet Napolitano's visit.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dataUrlText, foldWord, linkEncode, parseCsv, readManifest, whenBuilt } from './harness.mjs';
import { RECORD_PROBLEMS, firefoxSetup, hashOf, startFirefox, stopFirefox, waitForHash, watchFirefoxPages } from './webdriver.mjs';
import { CSV_HEADERS, PANELS } from './compare-shared.mjs';

const articles = readManifest();
const byId = Object.fromEntries(articles.map((a) => [a.id, a]));
const NPR = 'npr-2013-cooperation-closer-look';
const BLOG = 'policy-blog-2013-border-cooperation';
const WAPO = 'washington-post-2017-cooperation-under-trump';

/** The default columns' labels: each outlet, or the title of an article of no known outlet, in corpus order. */
const DEFAULT_LABELS = [...new Set(articles.map((a) => a.outlet ?? a.title))];
const TWO = ['NPR', 'InSight Crime'];
const TWO_HASH = '#/compare?side=outlet:NPR&side=outlet:InSight%20Crime';
const collapse = (s) => s.replace(/\s+/g, ' ').trim();

const setup = firefoxSetup();
const { skip } = setup;

/** What the view shows, read whole: legend, frame table, column headings, timeline, picker, tone. */
const viewOf = (session) =>
  session.execute(`
    const q = (css) => [...document.querySelectorAll(css)];
    const table = document.querySelector('[data-testid=panel-frames] table.frame-table');
    return {
      legend: q('[data-testid=compare-legend] li strong').map((s) => s.textContent),
      panels: ${JSON.stringify(PANELS)}.map((p) => {
        const el = document.querySelector('[data-testid=panel-' + p + ']');
        return el ? [p, el.textContent.length - el.querySelector('h2').textContent.length] : [p, null];
      }),
      heads: table ? [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent) : null,
      rows: table ? [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => ({
        share: Number(td.querySelector('a').textContent.replace('%', '')),
        count: Number(td.querySelector('.muted').textContent.match(/\\((\\d+)\\)/)[1]),
      }))) : null,
      frameLabels: table ? [...table.querySelectorAll('tbody th')].map((th) => th.textContent) : null,
      tableText: table ? table.textContent : null,
      columns: Object.fromEntries(['voices', 'words', 'tone'].map((p) => [p, q('[data-testid=panel-' + p + '] .columns > .column > h3').map((h) => h.textContent)])),
      timeline: q('[data-testid=panel-time] ul.timeline-list li a').map((a) => a.getAttribute('href')),
      boxes: q('form.picker label.pick').filter((l) => l.querySelector('input').checked).map((l) => l.textContent),
      tone: q('[data-testid=panel-tone] .columns > .column > p:first-of-type').map((p) => p.textContent),
    };`);

/** Checks the view shows columns `labels` whose articles are `ids`, with every panel. */
function checkView(view, labels, ids) {
  assert.deepEqual(view.legend, labels, 'the legend');
  for (const [p, length] of view.panels) assert.ok(length > 20, `the panel ${p} is there with content`);
  assert.deepEqual(view.heads, labels, 'the frame table: one value column per column');
  assert.equal(view.rows.length, 15, 'one row per frame');
  for (const r of view.rows) assert.equal(r.length, labels.length);
  for (const p of ['voices', 'words', 'tone']) assert.deepEqual(view.columns[p], labels, `${p}: one .column per column`);
  assert.deepEqual(view.timeline, ids.map((id) => `#/article/${id}`), 'the timeline lists the columns’ articles');
}

/** The evidence panel: heading, alert, and each item's sentence, marks and link. */
const evidenceOf = (session) =>
  session.execute(`
    const e = document.querySelector('[data-testid=evidence]');
    if (!e) return null;
    return {
      heading: e.querySelector('h2').textContent,
      alert: e.querySelector('[role=alert]') ? e.querySelector('[role=alert]').textContent : null,
      items: [...e.querySelectorAll('ol.evidence-list > li')].map((li) => ({
        sentence: li.querySelector('.sentence') ? li.querySelector('.sentence').textContent : null,
        quote: li.querySelector('q') ? li.querySelector('q').textContent : null,
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
        href: li.querySelector('a[data-testid=evidence-link]').getAttribute('href'),
      })),
    };`);

/** Clicks an element (a figure) and waits for the hash it links to and its evidence heading starting with `starts`. */
async function openEvidence(session, element, starts) {
  const href = await element.attribute('href');
  await element.click();
  await waitForHash(session, href);
  await session.waitFor(`const h = document.querySelector('[data-testid=evidence] h2'); return !!h && h.textContent.startsWith(arguments[0]);`, {
    args: [starts],
    what: `the evidence “${starts}…”`,
  });
  return { href, evidence: await evidenceOf(session) };
}

/** Clicks the picker's box named `name` and waits for the link `hash` and the legend `labels`. */
async function clickBox(session, name, hash, labels) {
  const input = await session.execute(
    `const l = [...document.querySelectorAll('form.picker label.pick')].find((l) => l.textContent === arguments[0]);
     const d = l.closest('details'); if (d && !d.open) d.open = true;
     return l.querySelector('input');`,
    [name],
  );
  await input.click();
  await waitForHash(session, hash);
  await session.waitFor(
    `return JSON.stringify([...document.querySelectorAll('[data-testid=compare-legend] li strong')].map((s) => s.textContent)) === arguments[0];`,
    { args: [JSON.stringify(labels)], what: `the legend ${labels.join(', ')}` },
  );
}

whenBuilt(() => {
  if (skip) {
    it('Firefox: the comparison checks, over http and from file://', { skip }, () => {});
    return;
  }
  for (const kind of ['http', 'file']) {
    describe(`The comparison in Firefox: ${kind === 'http' ? 'dist/ over http://127.0.0.1' : 'dist/framescope.html over file://'}`, () => {
      let driver;
      let session;
      let server;
      let target;
      // The two-outlet comparison as test 1 chose it; test 2 reopens its link.
      let chosen;
      // Opens views afresh; what each page did wrong gathers in `seen` for the last test.
      const { open, collect, seen } = watchFirefoxPages(() => ({ session, target }));

      before(async () => {
        ({ server, target, driver, session } = await startFirefox(kind, setup));
      });

      after(() => stopFirefox({ server, driver, session }));

      it('0. #/compare with no option shows one column per outlet (the unattributed article its own) and every panel', async () => {
        await open('#/compare');
        await session.waitForSelector('[data-testid=panel-downloads]');
        assert.equal(await session.title(), 'Compare — Framescope');
        assert.equal(DEFAULT_LABELS.length, 5);
        assert.ok(DEFAULT_LABELS.includes(byId[BLOG].title), 'the unattributed article is a column of its own');
        const view = await viewOf(session);
        checkView(view, DEFAULT_LABELS, articles.map((a) => a.id));
        const ticked = [...new Set(articles.map((a) => a.outlet).filter(Boolean)), `${byId[BLOG].title} · Unattributed`];
        assert.deepEqual(view.boxes.sort(), ticked.sort(), 'the default columns are ticked');
      });

      it('1. unticking outlets and the unattributed article leaves two columns; the link and every panel follow', async () => {
        await open('#/compare');
        await session.waitForSelector('form.picker');
        const before = await viewOf(session);
        await clickBox(
          session,
          'Interamerican Security Watch',
          `#/compare?side=outlet:NPR&side=outlet:Miami%20Herald&side=article:${BLOG}&side=outlet:InSight%20Crime`,
          ['NPR', 'Miami Herald', byId[BLOG].title, 'InSight Crime'],
        );
        await clickBox(session, 'Miami Herald', `#/compare?side=outlet:NPR&side=article:${BLOG}&side=outlet:InSight%20Crime`, ['NPR', byId[BLOG].title, 'InSight Crime']);
        await clickBox(session, `${byId[BLOG].title} · Unattributed`, TWO_HASH, TWO);
        const view = await viewOf(session);
        checkView(view, TWO, articles.filter((a) => TWO.includes(a.outlet)).map((a) => a.id));
        assert.deepEqual(view.boxes.sort(), [...TWO].sort(), 'only their boxes are ticked');
        const column = (v, label) => v.rows.map((r) => r[v.heads.indexOf(label)]);
        for (const label of TWO) assert.deepEqual(column(view, label), column(before, label), `${label}'s shares are its own`);
        chosen = view;

        // A single article joins as a column of its own.
        await clickBox(session, `${byId[WAPO].title} · Interamerican Security Watch`, `${TWO_HASH}&side=article:${WAPO}`, [...TWO, byId[WAPO].title]);
        checkView(await viewOf(session), [...TWO, byId[WAPO].title], [...articles.filter((a) => TWO.includes(a.outlet)).map((a) => a.id), WAPO]);
        await session.back();
        await waitForHash(session, TWO_HASH);
      });

      it('2. the copied link restores the comparison and its figures', async () => {
        assert.ok(chosen, 'test 1 chose two outlets');
        await open(TWO_HASH);
        await session.waitForSelector('[data-testid=panel-downloads]');
        const view = await viewOf(session);
        assert.deepEqual(view.legend, chosen.legend);
        assert.equal(view.tableText, chosen.tableText, 'the same frame table');
        assert.deepEqual(view.tone, chosen.tone, 'the same tone figures');
      });

      it('3. a frame share, a word, the positive sentences and a speaker open their sentences; a reload keeps them', async () => {
        await open(TWO_HASH);
        await session.waitForSelector('[data-testid=panel-frames] table');
        const view = await viewOf(session);
        const total = Number(view.tone[0].match(/over (\d+) sentences/)[1]);
        // The largest frame (with cues) of the first column.
        const counts = view.rows.slice(0, -1).map((r) => r[0].count);
        const row = counts.indexOf(Math.max(...counts));
        const cell = view.rows[row][0];
        const links = await session.findAll('[data-testid=frame-share]');
        const { href, evidence } = await openEvidence(session, links[row * TWO.length], `Evidence: ${view.frameLabels[row]} in NPR:`);
        assert.match(decodeURIComponent(href), /&show=frame:0:[a-z_]+$/, 'the hash gains show=frame:0:<key>');
        assert.equal(evidence.heading, `Evidence: ${view.frameLabels[row]} in NPR: ${cell.count} of ${total} sentences`);
        assert.equal(evidence.items.length, cell.count);
        assert.ok(Math.abs(cell.share - (cell.count / total) * 100) <= 0.5, `${cell.share}% is ${cell.count} of ${total}`);
        for (const item of evidence.items) assert.ok(item.marks.length >= 1, `a cue is marked in ${item.sentence}`);

        // A distinctive word: marked in each sentence, as often as “Here” counts it.
        const word = await session.execute(
          `const a = document.querySelector('[data-testid=distinctive-word]');
           return { word: a.textContent, here: Number(a.closest('tr').querySelectorAll('td')[1].textContent) };`,
        );
        const w = await openEvidence(session, await session.find('[data-testid=distinctive-word]'), `Evidence: “${word.word}” in NPR:`);
        assert.equal(w.href, `${TWO_HASH}&show=${linkEncode(`word:0:${word.word}`)}`);
        for (const item of w.evidence.items) for (const m of item.marks) assert.equal(foldWord(m), foldWord(word.word));
        assert.equal(w.evidence.items.reduce((n, i) => n + i.marks.length, 0), word.here, `“${word.word}” is marked as often as counted`);

        const positive = Number(view.tone[0].match(/(\d+) positive/)[1]);
        const p = await openEvidence(session, await session.find('[data-testid=tone-positive]'), 'Evidence: Positive');
        assert.equal(p.evidence.heading, `Evidence: Positive sentences in NPR: ${positive}`);
        assert.equal(p.evidence.items.length, positive);

        const unique = await session.find('[data-testid=unique-count]');
        const n = Number((await unique.text()).match(/^(\d+)/)[1]);
        const u = await openEvidence(session, unique, 'Evidence: Reported only in NPR');
        assert.equal(u.evidence.items.length, n);

        const speaker = await session.find('[data-testid=speaker-share]');
        const line = await session.execute(`const li = arguments[0].parentElement; return [li.querySelector('strong').textContent, li.textContent];`, [speaker]);
        const s = await openEvidence(session, speaker, `Evidence: Quotes of ${line[0]} in NPR:`);
        assert.equal(s.evidence.items.length, Number(line[1].match(/— (\d+) quotes/)[1]));

        // Reload: the same evidence. (The reload drops the page's problem recorder: collect first, reinstall after.)
        await collect();
        const hash = await hashOf(session);
        await session.cmd('POST', '/refresh', {});
        await session.waitForSelector('[data-testid=evidence] h2', { timeout: 45_000 });
        await session.execute(RECORD_PROBLEMS);
        assert.equal(await hashOf(session), hash);
        assert.deepEqual(await evidenceOf(session), s.evidence, 'the same evidence after a reload');
        seen.push(...(await session.execute('return window.__problems;')).map((x) => `${x} (after a reload)`));
      });

      it('4. an evidence link opens the sentence in the reading view, cited and scrolled into view', async () => {
        await open(`${TWO_HASH}&show=${linkEncode('frame:0:security_and_defense')}`);
        await session.waitForSelector('[data-testid=evidence] h2');
        const item = (await evidenceOf(session)).items.at(-1);
        const links = await session.findAll('[data-testid=evidence] a[data-testid=evidence-link]');
        await links.at(-1).click();
        await waitForHash(session, item.href);
        await session.waitForSelector('[data-testid=cited]');
        const cited = await session.execute(`return [...document.querySelectorAll('[data-testid=cited]')].map((c) => c.textContent);`);
        assert.equal(cited.length, 1, 'one cited passage');
        assert.ok(collapse(cited[0]).includes(collapse(item.sentence)), `the cited passage holds “${item.sentence}”`);
        try {
          await session.waitFor(
            `const r = document.querySelector('[data-testid=cited]').getBoundingClientRect();
             return r.height > 0 && r.top >= -1 && r.top < innerHeight - Math.min(r.height, 40);`,
            { timeout: 5_000, what: 'the cited passage in view' },
          );
        } catch {
          const where = await session.execute(
            `const r = document.querySelector('[data-testid=cited]').getBoundingClientRect();
             return 'top ' + Math.round(r.top) + ' px with the window ' + innerHeight + ' px high, scrollY ' + Math.round(scrollY);`,
          );
          assert.fail(`the cited sentence of ${item.href}, after clicking its evidence link in the comparison, is not scrolled into view (${where})`);
        }
      });

      it('5. NPR and the policy blog share an aligned fact; the Washington Post repost is flagged', async () => {
        await open(`#/compare?side=outlet:NPR&side=article:${BLOG}`);
        await session.waitForSelector('[data-testid=panel-facts]');
        const pairs = await session.execute(
          `return [...document.querySelectorAll('[data-testid=aligned-pair]')].map((li) => ({
             score: li.querySelector('.pair-score').textContent,
             links: [...li.querySelectorAll('a[data-testid=evidence-link]')].map((a) => a.getAttribute('href')),
             marks: [...li.querySelectorAll('blockquote')].map((b) => [...b.querySelectorAll('mark')].map((m) => m.textContent)),
           }));`,
        );
        assert.ok(pairs.length >= 1, 'at least one aligned pair');
        for (const p of pairs) {
          const m = p.score.match(/^Score (\d+\.\d\d) · shared: (.+)$/);
          assert.ok(m && Number(m[1]) > 0, `a score and shared terms: ${p.score}`);
          assert.deepEqual(p.links.map((h) => h.match(/^#\/article\/([a-z0-9-]+)\?line=\d+$/)[1]).sort(), [NPR, BLOG].sort());
          for (const term of m[2].split(', ')) {
            // (A word the two sentences write differently is given as both forms: "patrolling/patrols".)
            const forms = term.split('/').map(foldWord);
            for (const marks of p.marks) assert.ok(marks.some((x) => forms.includes(foldWord(x))), `“${term}” is marked in both sentences`);
          }
        }

        await open('#/compare');
        await session.waitForSelector('[data-testid=panel-reposts]');
        const flagged = await session.execute(
          `return [...document.querySelectorAll('[data-testid=credited-repost]')].map((li) => [li.querySelector('a').getAttribute('href'), li.textContent]);`,
        );
        const wapo = flagged.find(([href]) => href === `#/article/${WAPO}`);
        assert.ok(wapo, 'the Interamerican Security Watch article is flagged');
        assert.ok(wapo[1].includes('The Washington Post'), wapo[1]);
        assert.ok(!flagged.some(([href]) => href === `#/article/${NPR}`), 'NPR is not a repost');
      });

      it('6. the JSON and CSV links hold the columns of the legend and the headers of the export', async () => {
        await open(TWO_HASH);
        await session.waitForSelector('[data-testid=panel-downloads]');
        const link = async (testid) => dataUrlText(await (await session.find(`a[data-testid=${testid}]`)).attribute('href'));
        const json = JSON.parse(await link('compare-json'));
        assert.deepEqual(json.columns.map((c) => c.label), TWO, 'the JSON’s columns are the legend’s');
        const view = await viewOf(session);
        json.columns.forEach((c, s) => c.frames.forEach((f, r) => assert.equal(f.sentences.length, view.rows[r][s].count, `${c.label}, ${f.frame}`)));
        for (const [name, header] of Object.entries(CSV_HEADERS)) {
          const rows = parseCsv(await link(`csv-${name}`));
          const want = name === 'entities' ? [...header, ...TWO.map((l) => `mentions: ${l}`)] : header;
          assert.deepEqual(rows[0], want, `${name}.csv header`);
          for (const r of rows.slice(1)) assert.equal(r.length, want.length, `${name}.csv: ${JSON.stringify(r).slice(0, 200)}`);
          if (name === 'shared-facts') {
            const pairs = await session.execute(`return document.querySelectorAll('[data-testid=aligned-pair]').length;`);
            assert.equal(rows.length - 1, pairs, 'shared-facts.csv: a row per aligned pair');
          } else {
            assert.ok(rows.length > 1, `${name}.csv has rows`);
          }
        }
      });

      it('7. a bad link names the bad part', async () => {
        await open('#/compare?side=npr');
        await session.waitForSelector('[data-testid=not-found]');
        assert.ok((await (await session.find('[data-testid=not-found]')).text()).includes('side=npr'));
        await open('#/compare?side=outlet:Nope');
        await session.waitForSelector('[data-testid=compare-error]');
        assert.ok((await (await session.find('[data-testid=compare-error]')).text()).includes('“Nope”'));
        await open('#/compare?show=frame:9:economic');
        await session.waitForSelector('[data-testid=evidence] [role=alert]');
        const { alert } = await evidenceOf(session);
        assert.ok(alert.includes('column 9') && alert.includes(`has ${DEFAULT_LABELS.length}`), alert);
      });

      it('8. no console error or warning, no uncaught error, no request outside the page, in every test above', async () => {
        await collect();
        assert.deepEqual(seen, [], `the page misbehaved:\n  ${seen.join('\n  ')}`);
      });
    });
  }
});
