// Screenshots of the built page (dist/ over http://127.0.0.1) for people to look at:
// e2e/screenshots/library.png is the README's picture; the others are for review.
// The test checks that each picture was written and is not blank.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOTS, startChromium, stopChromium, whenBuilt, withPage } from './harness.mjs';

const NPR = 'npr-2013-cooperation-closer-look';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const SHOTS = [
  { file: 'library.png', hash: '#/', ready: 'tr[data-testid=article-row]', viewport: DESKTOP, scheme: 'light' },
  { file: 'reading.png', hash: `#/article/${NPR}`, ready: '[data-testid=article-body]', viewport: DESKTOP, scheme: 'light' },
  { file: 'captured.png', hash: `#/article/${NPR}?view=captured`, ready: '[data-testid=captured]', viewport: DESKTOP, scheme: 'light' },
  { file: 'library-phone.png', hash: '#/', ready: 'tr[data-testid=article-row]', viewport: PHONE, scheme: 'light', fullPage: true, scale: 2 },
  { file: 'library-dark.png', hash: '#/', ready: 'tr[data-testid=article-row]', viewport: DESKTOP, scheme: 'dark' },
];

whenBuilt(() => {
  describe('screenshots of dist/ in Chromium', () => {
    let browser;
    let server;
    let target;

    before(async () => {
      ({ server, target, browser } = await startChromium('http'));
      mkdirSync(SCREENSHOTS, { recursive: true });
    });

    after(() => stopChromium({ browser, server }));

    for (const shot of SHOTS) {
      it(`8. writes screenshots/${shot.file}`, async () => {
        const path = join(SCREENSHOTS, shot.file);
        await withPage(
          browser,
          target,
          shot.hash,
          async (page) => {
            await page.waitForSelector(shot.ready, { state: 'visible' });
            // The app focuses the view's heading; a focus ring is not part of the picture.
            await page.evaluate(() => document.activeElement?.blur());
            await page.evaluate(() => document.fonts.ready);
            await page.screenshot({ path, fullPage: shot.fullPage ?? false, animations: 'disabled', caret: 'hide' });
          },
          { context: { viewport: shot.viewport, colorScheme: shot.scheme, deviceScaleFactor: shot.scale ?? 1 } },
        );
        assert.ok(statSync(path).size > 10_000, `${shot.file} is written and not blank`);
      });
    }
  });
});
