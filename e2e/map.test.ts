// The map in a real browser: event points drawn with WebGL for a time window, the actor filter, a
// click on a point opening the event with its footnotes, and events without a point listed as such.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { locateEvent } from '../src/analysis/places/event-location.js';
import type { ConflictEvent } from '../src/core/model/event.js';
import { requireChromium } from './support/browser.js';
import { browserSuite, SCREENSHOTS } from './support/browser-suite.js';

const chromiumReady = requireChromium('map browser suite');

describe.skipIf(!chromiumReady)('map', () => {
  const suite = browserSuite();

  const onPage = (body: (page: Page) => Promise<void>) => suite.onPage(body);

  /** Events the API returns for a filter, split by whether they have a point: their place's or one around it. */
  async function expected(query: string): Promise<{ mapped: number; unmapped: number }> {
    const events = (await (await fetch(`${suite.app.baseUrl}/api/events?${query}`)).json()) as ConflictEvent[];
    const places = new Map((await suite.app.store.list('place')).map((p) => [p.id, p]));
    const mapped = events.filter((e) => locateEvent(e, places).mapped).length;
    return { mapped, unmapped: events.length - mapped };
  }

  /** Waits until MapLibre has drawn the current data, and returns how many event points it drew. */
  async function drawnPoints(page: Page): Promise<number> {
    const handle = await page.waitForFunction(() => document.querySelector('.map-canvas')?.getAttribute('data-rendered-events') ?? false);
    return Number(await handle.jsonValue());
  }

  const eventCount = (page: Page) => page.locator('.map-panel__title', { hasText: 'Events' }).locator('.count');

  it('draws the points of a time window, and the actor filter narrows them', async () => {
    const all = await expected('from=2016&to=2017');
    const gatia = await expected('from=2016&to=2017&actor=actor:gatia');
    expect(gatia.mapped).toBeGreaterThan(0);
    expect(gatia.mapped).toBeLessThan(all.mapped);
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/map?from=2016&to=2017`);
      await page.getByRole('heading', { level: 1, name: 'Map' }).waitFor();
      await page
        .getByRole('group', { name: /Time window/ })
        .getByText('2016 – 2017')
        .waitFor();
      expect(await eventCount(page).textContent()).toBe(String(all.mapped));
      expect(await page.locator('.map-events li').count()).toBe(all.mapped);
      expect(await drawnPoints(page)).toBeGreaterThan(0);

      await page.getByLabel('Actor', { exact: true }).selectOption('actor:gatia');
      await page.waitForURL(/actor=actor%3Agatia/);
      expect(new URL(page.url()).hash).toBe('#/map?from=2016&to=2017&actor=actor%3Agatia');
      await page.waitForFunction((n) => document.querySelector('.map-panel__title .count')?.textContent === String(n), gatia.mapped);
      const drawn = await drawnPoints(page);
      expect(drawn).toBeGreaterThan(0);
      expect(drawn).toBeLessThanOrEqual(gatia.mapped);
      // The actor's areas of operation are listed and drawn.
      await page.getByRole('heading', { name: /^Areas of Imghad Tuareg/ }).waitFor();
      expect(await page.locator('.areas__item').count()).toBeGreaterThan(0);
    });
  });

  it('opens the event under a clicked point, with footnotes to its passages', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/map?from=2016&to=2017&actor=actor:gatia`);
      await drawnPoints(page);
      // Town names are HTML markers anchored 6px right of the town's point: click the point itself.
      const label = page.locator('.map-label--town[data-place="place:kidal"]');
      const box = await label.boundingBox();
      if (!box) throw new Error('no Kidal label on the map');
      await page.mouse.click(box.x - 6, box.y + box.height / 2);
      const details = page.locator('.event-details');
      await details.waitFor();
      expect(await details.getByRole('heading', { level: 2 }).textContent()).toMatch(/· Kidal$/);
      expect(new URL(page.url()).hash).toMatch(/&event=event%3A2016-/);
      expect(await details.getByRole('link', { name: /Imghad Tuareg and Allies Self-Defence Group/ }).count()).toBe(1);
      const footnote = details.locator('.event-sources a.passage__source').first();
      await footnote.waitFor();
      expect(await footnote.getAttribute('href')).toMatch(/^#\/sources\/[0-9a-f]{64}\?start=\d+&end=\d+$/);
      expect(await details.locator('.event-sources .grade').first().textContent()).toMatch(/^[A-F?][1-6]$/);
      await page.screenshot({ path: join(SCREENSHOTS, 'map.png') });

      await page.getByRole('button', { name: '← All events' }).click();
      await page.locator('.map-events').first().waitFor();
      expect(new URL(page.url()).hash).not.toContain('event=');
    });
  });

  it('outlines the region a selected event is known only to, and names where the point stands for', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/map?event=event:2013-08-state-redeployment-mopti`);
      const details = page.locator('.event-details');
      await details.waitFor();
      expect(await details.getByRole('heading', { level: 2 }).textContent()).toMatch(/· Mopti Region$/);
      await page.waitForFunction(() => document.querySelector('.map-canvas')?.getAttribute('data-selected-area') === 'place:mopti-region');
      await drawnPoints(page);
      await page.screenshot({ path: join(SCREENSHOTS, 'map-area.png') });
    });
  });

  it('lists the events it cannot place with their reason, and the places drawn at the area around them', async () => {
    const all = await expected('');
    expect(all.unmapped).toBeGreaterThan(0);
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/map`);
      const section = page.locator('section.not-mapped');
      await section.getByRole('heading', { name: /^Not mapped/ }).waitFor();
      expect(await section.locator('.count').textContent()).toBe(`${all.unmapped} events`);
      await section.getByText('Its sources name no place', { exact: false }).first().waitFor();
      // The legend is folded out of the way until asked for.
      expect(await page.locator('.map-legend__list').first().isVisible()).toBe(false);
      await page.locator('.map-legend summary').click();
      await page.locator('.map-legend__list').first().waitFor();
      const withoutPoint = (await suite.app.store.list('place')).filter((p) => !p.coordinates);
      expect(await section.locator('.not-mapped__places').textContent()).toContain(`(${withoutPoint.length})`);
    });
  });
});
