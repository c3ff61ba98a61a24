// The timeline in a real browser: filters by actor and type through the URL, zoom with the wheel,
// and an event's details with footnotes that open the cited passage.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium } from './support/browser.js';
import { browserSuite, SCREENSHOTS } from './support/browser-suite.js';

const chromiumReady = requireChromium('timeline view');

const query = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '');
const inView = async (page: Page) => Number(await page.getByTestId('items-in-view').textContent());

describe.skipIf(!chromiumReady)('timeline view', () => {
  const suite = browserSuite();

  const onPage = (body: (page: Page) => Promise<void>) => suite.onPage(body);

  it('filters by actor and by type, and keeps both in the URL', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/timeline`);
      await page.getByTestId('items-in-view').waitFor();
      const everything = await inView(page);
      expect(everything).toBeGreaterThan(300);

      const picker = page.getByLabel('Actors', { exact: true });
      await picker.fill('gatia');
      await picker.press('Enter');
      await page.getByRole('list', { name: 'Selected actors' }).getByText('Imghad Tuareg and Allies Self-Defence Group').waitFor();
      expect(query(page).get('actors')).toBe('actor:gatia');
      const gatia = await inView(page);
      expect(gatia).toBeGreaterThan(10);
      expect(gatia).toBeLessThan(everything);

      await page.getByRole('button', { name: 'None types' }).click();
      await page.getByText('Nothing matches these filters').waitFor();
      await page.getByRole('checkbox', { name: 'Battles' }).check();
      expect(query(page).get('types')).toBe('battle');
      const battles = await inView(page);
      expect(battles).toBeGreaterThan(0);
      expect(battles).toBeLessThan(gatia);
      expect(await page.locator('.item-list__button').count()).toBe(battles);

      // A shared link shows the same selection.
      const shared = page.url();
      await page.goto('about:blank');
      await page.goto(shared);
      await page.getByTestId('items-in-view').waitFor();
      expect(await inView(page)).toBe(battles);
    });
  });

  it('zooms with the wheel around the pointer and records the window in the URL', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/timeline?from=2010-01&to=2020-12`);
      await page.getByTestId('items-in-view').waitFor();
      const before = await inView(page);
      const box = await page.locator('.timeline-axis__svg').boundingBox();
      await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) * 0.7, (box?.y ?? 0) + 60);
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
      await page.waitForFunction(() => !window.location.hash.includes('from=2010-01'));
      expect(await inView(page)).toBeLessThan(before);
      const [from, to] = [query(page).get('from') ?? '', query(page).get('to') ?? ''];
      expect(from > '2010-01').toBe(true);
      expect(to < '2020-12').toBe(true);
    });
  });

  it('shows an event with its footnotes, which open the cited passage', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/timeline?actors=actor:gatia&from=2012-01&to=2018-12`);
      const entry = page.locator('.item-list__button', { hasText: /armed clash/i }).first();
      await entry.click();
      expect(query(page).get('item')).toMatch(/^event:/);
      const details = page.locator('.timeline__details');
      await details.getByRole('heading', { level: 2, name: 'Armed clash' }).waitFor();
      await details.getByText('What happened').waitFor();
      const source = details.locator('a.passage__source').first();
      await source.waitFor();
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(SCREENSHOTS, 'timeline.png'), fullPage: true });
      await source.click();
      await page.waitForURL(/#\/sources\/[0-9a-f]{64}\?start=\d+&end=\d+/);
      await page.locator('.reader__title h1, .state').first().waitFor();
    });
  });

  it('shows a relation change with the tie and a link to the network at that date', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/timeline?actors=actor:gatia&types=alignment`);
      await page.locator('.item-list__button').first().click();
      const details = page.locator('.timeline__details');
      await details.getByText('The tie begins').waitFor();
      const network = details.getByRole('link', { name: 'Network at this date' });
      expect(await network.getAttribute('href')).toMatch(/^#\/network\?date=\d{4}-\d{2}$/);
    });
  });
});
