// The genealogy view in a real browser: reached from a profile, lanes link to profiles, the chart draws
// the same lanes with the same dates as the model the API returns (and the CLI prints and draws), and the
// diagram exports as an SVG document and as a PNG drawn in the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { laneAttributes } from '../src/analysis/genealogy/lane-attributes.js';
import type { Genealogy } from '../src/services/queries/genealogy.js';
import { openPage, requireChromium } from './support/browser.js';
import { browserSuite, SCREENSHOTS } from './support/browser-suite.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const chromiumReady = requireChromium('genealogy view');

describe.skipIf(!chromiumReady)('genealogy view', () => {
  const suite = browserSuite();

  const onPage = (body: (page: Page) => Promise<void>) => suite.onPage(body);

  const lane = (page: Page, name: string) => page.locator(`svg.genealogy-chart a[aria-label="${name}: open profile"]`);

  it('opens from the profile and draws lanes, mergers and coalition bands', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/actors/actor:jnim`);
      await page.getByRole('navigation', { name: 'This actor in other views' }).getByRole('link', { name: 'Genealogy' }).click();
      await page.waitForURL(/#\/genealogy\/actor:jnim$/);
      await page.getByRole('heading', { level: 1, name: "Jama'at Nusrat al-Islam wal-Muslimin" }).waitFor();
      for (const name of ['Ansar Dine', 'al-Mourabitoun', 'al-Qaeda in the Islamic Maghreb', 'Katiba Macina']) expect(await lane(page, name).count()).toBe(1);
      const lineage = page.locator('.genealogy__lists .statement', { hasText: 'Ansar Dine merged into' });
      expect(await lineage.count()).toBe(1);
    });
  });

  it.each([
    ['actor:jnim', 'genealogy-jnim.png'],
    ['actor:cma', 'genealogy-cma.png'],
  ])('%s: the chart shows the lanes of the model, with the same dates, and no person lanes', async (id, screenshot) => {
    const response = await fetch(`${suite.app.baseUrl}/api/actors/${id}/genealogy`);
    expect(response.status).toBe(200);
    const { model } = (await response.json()) as Genealogy;
    expect(model.lanes.length).toBeGreaterThan(1);
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/genealogy/${id}`);
      await page.locator('svg.genealogy-chart [data-lane]').first().waitFor();
      const shown = await page
        .locator('svg.genealogy-chart [data-start-known]')
        .evaluateAll((elements) =>
          elements.map((e) => Object.fromEntries([...e.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value]))),
        );
      expect(shown).toEqual(model.lanes.map(laneAttributes));
      expect(model.lanes.every((l) => l.kind !== 'person')).toBe(true);
      for (const c of model.connectors) expect(await page.locator('.genealogy__lists .statement', { hasText: c.text }).count(), c.text).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOTS, screenshot), fullPage: true });
    });
  });

  it('opens a profile from its lane', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/genealogy/actor:jnim`);
      await lane(page, 'Ansar Dine').click();
      await page.waitForURL(/#\/actors\/actor:ansar-dine$/);
      await page.getByRole('heading', { level: 1, name: 'Ansar Dine' }).waitFor();
    });
  });

  it('exports the diagram as SVG and as PNG', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/genealogy/actor:jnim`);
      await lane(page, 'Ansar Dine').waitFor();
      const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
      expect(svgDownload.suggestedFilename()).toBe('genealogy-jama-at-nusrat-al-islam-wal-muslimin.svg');
      const svg = readFileSync(await svgDownload.path(), 'utf8');
      expect(svg.startsWith('<?xml')).toBe(true);
      expect(svg).toContain('<svg');
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg).toContain('Ansar Dine');

      const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
      expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
      const png = readFileSync(await pngDownload.path());
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      // IHDR: width and height at bytes 16–23; drawn at twice the diagram's size.
      expect(png.readUInt32BE(16)).toBe(2200);
      expect(png.readUInt32BE(20)).toBeGreaterThan(300);
      expect(png.length).toBeGreaterThan(20_000);
    });
  });

  it('says a person has no lane of its own, and 404s an unknown actor', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/genealogy/actor:abdelhamid-abou-zeid`);
      await page.getByText(/has no lane: persons are drawn as leaders and founders/).waitFor();
      expect(await lane(page, 'Abdelhamid Abou Zeid').count()).toBe(0);
    });
    const { page, errors } = await openPage(suite.browser);
    try {
      await page.goto(`${suite.app.baseUrl}/#/genealogy/actor:nobody`);
      await page.getByRole('alert').getByText('No genealogy found.').waitFor();
      // The failed request is the only console error, and it is the one expected.
      expect(errors.every((e) => e.includes('404'))).toBe(true);
    } finally {
      await page.close();
    }
  });
});
