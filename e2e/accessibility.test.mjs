// axe-core on every view of the built page, in light and dark colour schemes, on a
// desktop window and (for the library) a phone, both from http://127.0.0.1 and from
// file://. axe runs with all its default rules (WCAG 2.x A and AA and best practices).
//
// The page's Content-Security-Policy allows no injected <script>, so axe's source is
// evaluated through Playwright (DevTools evaluation is not subject to the page's CSP);
// the CSP stays in force, as a reader has it.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileTarget, httpTarget, launchChromium, serveDir, whenBuilt, withPage } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const NPR = 'npr-2013-cooperation-closer-look';
const VIEWS = [
  ['library', '#/', 'tr[data-testid=article-row]'],
  ['reading view', `#/article/${NPR}`, '[data-testid=article-body]'],
  ['captured view', `#/article/${NPR}?view=captured`, '[data-testid=captured]'],
  ['not-found', '#/nonsense', '[data-testid=not-found]'],
];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** Runs axe on the page with every <details> open; returns how many rules passed and the violations, summarised. */
async function axeViolations(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    const violations = results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
    }));
    return { passed: results.passes.length, violations };
  });
}

function describeViolations(violations) {
  return violations
    .map((v) => `[${v.impact}] ${v.rule}: ${v.help}\n      ${v.nodes.join('\n      ')}`)
    .join('\n    ');
}

whenBuilt(() => {
  for (const kind of ['http', 'file']) {
    describe(`axe-core in Chromium: ${kind === 'http' ? 'dist/ over http://127.0.0.1' : 'dist/framescope.html over file://'}`, () => {
      let browser;
      let server;
      let target;

      before(async () => {
        if (kind === 'http') server = await serveDir();
        target = kind === 'http' ? httpTarget(server) : fileTarget();
        browser = await launchChromium();
      });

      after(async () => {
        await browser?.close();
        await server?.close();
      });

      const cases = [];
      for (const scheme of ['light', 'dark']) {
        for (const [view, hash, ready] of VIEWS) cases.push({ view, hash, ready, scheme, viewport: DESKTOP, device: 'desktop' });
        cases.push({ view: 'library', hash: '#/', ready: VIEWS[0][2], scheme, viewport: PHONE, device: 'phone 390×844' });
      }

      for (const c of cases) {
        it(`7. no axe violation: ${c.view}, ${c.scheme} scheme, ${c.device}`, async () => {
          await withPage(
            browser,
            target,
            c.hash,
            async (page) => {
              await page.waitForSelector(c.ready, { state: 'visible' });
              const scheme = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
              assert.equal(scheme, c.scheme, 'the browser reports the colour scheme under test');
              const { passed, violations } = await axeViolations(page);
            assert.ok(passed >= 10, `axe ran (${passed} rules passed)`);
              assert.equal(violations.length, 0, `axe found ${violations.length} violation(s):\n    ${describeViolations(violations)}`);
            },
            { context: { colorScheme: c.scheme, viewport: c.viewport } },
          );
        });
      }
    });
  }
});
