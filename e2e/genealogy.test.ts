// The genealogy view in a real browser: reached from a profile, lanes link to profiles, and the
// diagram exports as an SVG document and as a PNG drawn in the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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
      await page.screenshot({ path: join(SCREENSHOTS, 'genealogy.png'), fullPage: true });
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

  it('says so when an actor has no lineage, and 404s an unknown one', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/genealogy/actor:abdelhamid-abou-zeid`);
      await page.getByText(/No splits, mergers, renames or coalition memberships are recorded/).waitFor();
      expect(await lane(page, 'Abdelhamid Abou Zeid').count()).toBe(1);
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
