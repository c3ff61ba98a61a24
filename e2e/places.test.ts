// Place pages and the search across kinds in a real browser: Kidal's page shows where it lies, its
// events per year drawn from the same counts the API gives, who held it and when with footnotes that
// open the passage, and the search finds Timbuktu by its French name in any case.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlaceProfile } from '../src/services/queries/place-profile.js';
import { requireChromium } from './support/browser.js';
import { browserSuite, SCREENSHOTS } from './support/browser-suite.js';

const chromiumReady = requireChromium('place pages');

describe.skipIf(!chromiumReady)('place pages and search', () => {
  const suite = browserSuite();
  const onPage = (body: (page: Page) => Promise<void>) => suite.onPage(body);

  it('Kidal: where it lies, events per year, who held it and when, with footnotes to the passages', async () => {
    const profile = (await (await fetch(`${suite.app.baseUrl}/api/places/place:kidal/profile`)).json()) as PlaceProfile;
    await onPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 2000 });
      await page.goto(`${suite.app.baseUrl}/#/places/place:kidal`);
      await page.getByRole('heading', { level: 1, name: 'Kidal' }).waitFor();
      expect(await page.getByTestId('place-parents').textContent()).toBe('Kidal Region (region), Mali (country)');
      expect(await page.getByTestId('place-coordinates').textContent()).toMatch(/^18\.443\d° N, 1\.4092° E — the place itself/);
      // The chart draws one bar segment per year and toll state; their titles carry the API's counts.
      const chart = page.getByTestId('place-events-chart').locator('[aria-label^="Events per year"]');
      await chart.waitFor();
      const titles = await chart.locator('rect title').allTextContents();
      const drawn = titles.reduce((sum, t) => sum + Number(/: (\d+) event/.exec(t)?.[1] ?? 0), 0);
      expect(drawn).toBe(profile.events.total);
      const line = (year: string, n: number, part: string) => `${year}: ${n} event${n === 1 ? '' : 's'}, ${part}`;
      for (const y of profile.events.byYear) {
        expect(titles).toContain(line(y.key, y.events - y.tollUnknown, 'toll given'));
        expect(titles).toContain(line(y.key, y.tollUnknown, 'no toll in the sources'));
      }
      // Who held it: the CMA until November 2023, the army from then, each with footnotes.
      const held = page.locator('section', { has: page.getByRole('heading', { name: 'Held by' }) });
      const cma = held.locator('.statement', { hasText: 'Coordination of Azawad Movements holds or controls Kidal' });
      expect(await cma.locator('.statement__when').textContent()).toBe('2014 – 15 Nov 2023');
      expect(await cma.locator('a[href="#/actors/actor:cma"]').count()).toBe(1);
      const army = held.locator('.statement', { hasText: 'Malian Armed Forces holds or controls Kidal' }).last();
      expect(await army.locator('.statement__when').textContent()).toBe('15 Nov 2023 onwards');
      expect(await page.locator('.statement--disputed', { hasText: 'National Movement for the Liberation of Azawad holds or controls Kidal' }).count()).toBe(1);
      expect(await page.getByTestId('place-event').count()).toBe(profile.events.list.length);
      await page.screenshot({ path: join(SCREENSHOTS, 'place-kidal.png') });
      // A footnote opens its passage in the reader, with a way back to Kidal.
      await cma.locator('sup a.ref').first().click();
      const note = page.locator('.footnote--current');
      await note.waitFor();
      await note.locator('a.passage__source').first().click();
      await page.waitForURL(/#\/sources\/[0-9a-f]{64}\?start=\d+&end=\d+&from=place(?::|%3A)kidal$/);
      await page.getByRole('link', { name: '← Back to Kidal' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kidal' }).waitFor();
    });
  });

  it('Kidal Region lists the places inside it, and each links to its page', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/places/place:kidal-region`);
      await page.getByRole('heading', { level: 1, name: 'Kidal Region' }).waitFor();
      await page.locator('.place-children a', { hasText: /^Tessalit$/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Tessalit' }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/places/place:tessalit');
    });
  });

  it('an actor profile links the places it holds to their pages', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/actors/actor:cma`);
      await page.getByRole('heading', { name: 'Territory held' }).waitFor();
      await page
        .locator('section', { has: page.getByRole('heading', { name: 'Territory held' }) })
        .locator('a[href="#/places/place:kidal"]')
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: 'Kidal' }).waitFor();
    });
  });

  it('an event of the place opens on the map, whose details link back to the place', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/places/place:kidal`);
      const event = page.getByTestId('place-event').filter({ hasText: 'GATIA and CMA forces in Kidal town' });
      await event.getByRole('link', { name: 'map' }).click();
      await page.waitForURL(/#\/map\?/);
      const details = page.locator('.event-details');
      await details.waitFor();
      await details.getByRole('link', { name: 'Kidal', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Kidal' }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/places/place:kidal');
    });
  });

  it('an event of the place opens on the timeline, whose details link back to the place', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/places/place:kidal`);
      const event = page.getByTestId('place-event').filter({ hasText: 'GATIA and CMA forces in Kidal town' });
      await event.getByRole('link', { name: 'timeline' }).click();
      await page.waitForURL(/#\/timeline\?item=event/);
      await page.locator('aside.timeline__details').getByRole('link', { name: 'Kidal', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Kidal' }).waitFor();
    });
  });

  it.each(['tombouctou', 'TOMBOUCTOU', 'Timbuktu'])('the header search finds Timbuktu from "%s", grouped by kind', async (q) => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/`);
      const search = page.getByLabel('Search actors by name or alias');
      await search.fill(q);
      await search.press('Enter');
      const places = page.locator('section', { has: page.getByRole('heading', { name: /^Places/ }) });
      const first = places.locator('.result').first();
      await first.waitFor();
      expect(await first.locator('a').first().getAttribute('href')).toBe('#/places/place:timbuktu');
      for (const kind of ['Actors', 'Events', 'Sources']) expect(await page.getByRole('heading', { level: 2, name: new RegExp(`^${kind}`) }).count()).toBe(1);
      expect(
        await page
          .locator('section', { has: page.getByRole('heading', { name: /^Events/ }) })
          .locator('.result')
          .count(),
      ).toBeGreaterThan(0);
      if (q === 'tombouctou') await page.screenshot({ path: join(SCREENSHOTS, 'search-tombouctou.png') });
      await first.locator('a').first().click();
      await page.getByRole('heading', { level: 1, name: 'Timbuktu' }).waitFor();
    });
  });

  it('ségou and segou find the same town; kidal finds the town, its region and its cercle', async () => {
    for (const q of ['ségou', 'segou']) {
      const body = (await (await fetch(`${suite.app.baseUrl}/api/search?q=${encodeURIComponent(q)}`)).json()) as { places: { id: string }[] };
      expect(body.places[0]?.id, q).toBe('place:segou');
    }
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/search?q=kidal`);
      const places = page.locator('section', { has: page.getByRole('heading', { name: /^Places/ }) });
      await places.locator('.result').first().waitFor();
      const hrefs = await places.locator('.result__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(expect.arrayContaining(['#/places/place:kidal', '#/places/place:kidal-region', '#/places/place:kidal-cercle']));
    });
  });
});
