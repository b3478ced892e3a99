// axe-core on every view of the built page, in light and dark colour schemes, on a
// desktop window and (for the library) a phone, both from http://127.0.0.1 and from
// file://. axe runs with all its default rules (WCAG 2.x A and AA and best practices).
//
// The page's Content-Security-Policy allows no injected <script>, so axe's source is
// evaluated through Playwright (DevTools evaluation is not subject to the page's CSP);
// the CSP stays in force, as a reader has it.

import { after, before, describe, it } from 'node:test';
import { assertAxeClean, startChromium, stopChromium, whenBuilt, withPage } from './harness.mjs';

const NPR = 'npr-2013-cooperation-closer-look';
const VIEWS = [
  ['library', '#/', 'tr[data-testid=article-row]'],
  ['reading view', `#/article/${NPR}`, '[data-testid=article-body]'],
  ['captured view', `#/article/${NPR}?view=captured`, '[data-testid=captured]'],
  ['not-found', '#/nonsense', '[data-testid=not-found]'],
];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

whenBuilt(() => {
  for (const kind of ['http', 'file']) {
    describe(`axe-core in Chromium: ${kind === 'http' ? 'dist/ over http://127.0.0.1' : 'dist/framescope.html over file://'}`, () => {
      let browser;
      let server;
      let target;

      before(async () => {
        ({ server, target, browser } = await startChromium(kind));
      });

      after(() => stopChromium({ browser, server }));

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
              await assertAxeClean(page, c.scheme);
            },
            { context: { colorScheme: c.scheme, viewport: c.viewport } },
          );
        });
      }
    });
  }
});
