// Issue 20 in a real browser: villages the extractor reads from the text alone are proposals of their own. One whose
// text gives no country is accepted once the reviewer chooses one; another is merged into a recorded town.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../src/services/ingest/ingest-document.js';
import { requireChromium } from './support/browser.js';
import { browserSuite, SCREENSHOTS } from './support/browser-suite.js';

const REVIEWER = 'Awa Test-Reviewer';

// Written for this test: two notes, each naming a village nobody holds and no other place.
const NOTES = {
  'kerembeli.md': '---\ntitle: Browser test note on a village\ndate: 2021-06\n---\n\nSince 2020 ISGS fighters have been active in the village of Kérémbéli.\n',
  'tin-kolo.md':
    '---\ntitle: Browser test note on another village\ndate: 2021-07\n---\n\nSince 2019 ISGS fighters have been active in the village of Tin-Kolo.\n',
};

const chromiumReady = requireChromium('review places browser suite');

describe.skipIf(!chromiumReady)('review queue: places proposed from the text', () => {
  const suite = browserSuite(async (app) => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-review-places-'));
    const files = Object.entries(NOTES).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
    await ingestDocuments(app.store, files, { by: 'e2e-ingest' });
    rmSync(dir, { recursive: true, force: true });
  });

  // A refused decision answers 4xx; the page shows it, and the browser logs the failed request.
  const onPage = (body: (page: Page) => Promise<void>) => suite.onPage(body, /status of 4\d\d/);
  const title = (page: Page) => page.locator('#review-card-title');
  const claimOf = async (subject: string) => (await suite.app.store.claims({ subjects: [subject] })).at(-1);

  /** Picks a proposal from the queue (its order follows the sources' ids), leaving the keys to the shortcuts. */
  async function pick(page: Page, text: string) {
    await page.locator('.review-queue__item', { hasText: text }).click();
    await page.waitForFunction((t) => document.querySelector('#review-card-title')?.textContent?.includes(t), text);
    await title(page).focus();
  }

  async function open(page: Page, kind: string) {
    await page.goto(`${suite.app.baseUrl}/#/review?kind=${kind}`);
    await title(page).waitFor();
    await page.getByLabel('Reviewer').fill(REVIEWER);
    await title(page).focus();
  }

  it('asks for the country the text does not give, then accepts the village and the relation at it', async () => {
    await onPage(async (page) => {
      await open(page, 'place');
      expect(await page.locator('.review-queue li').count()).toBe(2);
      await pick(page, 'Kérémbéli');
      await page
        .getByRole('note')
        .getByText(/does not say which country/)
        .waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, 'review-place.png'), fullPage: true });
      await page.keyboard.press('4');
      await page.keyboard.press('a');
      await page.getByRole('alert').getByText('invalid_input').waitFor();
      expect(await suite.app.store.get('place', 'place:kerembeli')).toBeUndefined();

      await title(page).focus();
      await page.keyboard.press('e');
      await page.getByLabel('Country').fill('ML');
      await page.getByRole('button', { name: 'Save and accept' }).click();
      await page.locator('.review-log__item', { hasText: 'Kérémbéli' }).getByText('accepted').waitFor();
      expect(await suite.app.store.get('place', 'place:kerembeli')).toMatchObject({ name: 'Kérémbéli', kind: 'village', country: 'ML' });
      expect(await suite.app.store.get('place', 'place:kerembeli')).not.toHaveProperty('coordinates');
      expect(await claimOf('place:kerembeli')).toMatchObject({ status: 'accepted', reviewedBy: REVIEWER, credibility: 4 });

      await open(page, 'relation');
      await pick(page, 'Kérémbéli');
      await page.keyboard.press('3');
      await page.keyboard.press('a');
      await page.locator('.review-log__item', { hasText: 'Operates in' }).getByText('accepted').waitFor();
      expect(await suite.app.store.get('relation', 'rel:isgs.operates-in.kerembeli')).toMatchObject({ to: 'place:kerembeli' });
    });
  });

  it('merges the other village into a recorded town, and the relation moves there', async () => {
    await onPage(async (page) => {
      await open(page, 'place');
      await pick(page, 'Tin-Kolo');
      // A merge accepts the proposal's evidence on the recorded place: the reviewer grades it first.
      await page.getByLabel(/Credibility of the information/).selectOption('3');
      await page.keyboard.press('m');
      await page.getByLabel(/Merge “Tin-Kolo” into/).fill('menaka');
      await page.getByRole('button', { name: /Merge into Ménaka\s*Town/ }).click();
      await page.locator('.review-log__item', { hasText: 'Tin-Kolo' }).getByText('merged').waitFor();
      expect((await suite.app.store.get('place', 'place:menaka'))?.aliases?.map((a) => a.name)).toContain('Tin-Kolo');
      const support = (await suite.app.store.claims({ statuses: ['accepted'] })).find((c) => c.note === 'named as Tin-Kolo; merged on review');
      expect(support).toMatchObject({ subject: 'place:menaka', credibility: 3 });
      expect(await suite.app.store.get('place', 'place:tin-kolo')).toBeUndefined();
      expect(await claimOf('rel:isgs.operates-in.menaka')).toMatchObject({ status: 'proposed', value: { to: 'place:menaka' } });
    });
  });
});
