// The network view in a real browser: the slider changes the graph, filters and colours follow the
// URL, and clicking a node on the WebGL canvas opens the actor's profile.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium } from './support/browser.js';
import { browserSuite, SCREENSHOTS } from './support/browser-suite.js';

const chromiumReady = requireChromium('network view');

/** The ids of the actors drawn on the canvas, from the view's automation handle. */
const visibleNodes = (page: Page): Promise<string[]> => page.evaluate(() => window.faultlineNetwork?.visibleNodes() ?? []);
const actorCount = async (page: Page): Promise<number> => Number(await page.getByTestId('actor-count').textContent());
const query = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '');

describe.skipIf(!chromiumReady)('network view', () => {
  const suite = browserSuite();

  const onPage = (body: (page: Page) => Promise<void>) => suite.onPage(body);

  async function openNetwork(page: Page, hash: string): Promise<void> {
    await page.goto(`${suite.app.baseUrl}/${hash}`);
    await page.getByTestId('actor-count').waitFor();
    await page.waitForFunction(() => (window.faultlineNetwork?.visibleNodes().length ?? 0) > 0);
  }

  it('draws the month in the URL, and the slider changes which actors are drawn', async () => {
    await onPage(async (page) => {
      await openNetwork(page, '#/network?date=2017-06');
      expect(await page.locator('.time-slider__value').textContent()).toBe('June 2017');
      const june2017 = await visibleNodes(page);
      expect(june2017).toContain('actor:jnim');
      expect(june2017.length).toBe(await actorCount(page));
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SCREENSHOTS, 'network-2017-06.png') });

      // JNIM was formed in March 2017: a year earlier it is not on the canvas.
      const slider = page.getByRole('slider', { name: 'Date' });
      await slider.focus();
      for (let i = 0; i < 12; i++) await slider.press('ArrowLeft');
      await page.waitForFunction(() => window.location.hash.includes('date=2016-06'));
      expect(await page.locator('.time-slider__value').textContent()).toBe('June 2016');
      await expect.poll(async () => (await visibleNodes(page)).includes('actor:jnim')).toBe(false);
      const june2016 = await visibleNodes(page);
      expect(june2016.length).toBe(await actorCount(page));

      await page.getByRole('button', { name: 'Next month' }).click();
      expect(query(page).get('date')).toBe('2016-07');
    });
  });

  it('L3, D8: January 2013 has no CMA (formed 2014), January 2024 no Barkhane; presumed ties are dotted, explained on hover, and can be hidden', async () => {
    await onPage(async (page) => {
      await openNetwork(page, '#/network?date=2013-01');
      expect(await visibleNodes(page)).not.toContain('actor:cma');
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SCREENSHOTS, 'network-2013-01.png') });

      await openNetwork(page, '#/network?date=2024-01');
      const january2024 = await visibleNodes(page);
      expect(january2024).not.toContain('actor:operation-barkhane');
      expect(january2024).toContain('actor:cma');
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SCREENSHOTS, 'network-2024-01.png') });

      // Hovering an actor lists its ties with their certainty and last attestation.
      const point = await page.evaluate(() => window.faultlineNetwork?.position('actor:cma'));
      await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
      const panel = page.getByRole('complementary', { name: /^Ties of Coordination of Azawad Movements in January 2024/ });
      await panel.waitFor();
      await expect.poll(() => panel.getByText(/last attested in a document of/).count()).toBeGreaterThan(0);
      await page.mouse.move(5, 5);

      const presumed = Number(await page.getByTestId('presumed-count').textContent());
      const ties = Number(await page.getByTestId('tie-count').textContent());
      await page.getByRole('checkbox', { name: 'Show presumed ties' }).uncheck();
      expect(query(page).get('presumed')).toBe('0');
      expect(Number(await page.getByTestId('tie-count').textContent())).toBe(ties - presumed);
      expect(Number(await page.getByTestId('presumed-count').textContent())).toBe(0);
    });
  });

  it('filters by actor kind and relation type, through the URL', async () => {
    const actors = (await (await fetch(`${suite.app.baseUrl}/api/actors`)).json()) as { id: string; kind: string }[];
    const kindOf = new Map(actors.map((a) => [a.id, a.kind]));
    await onPage(async (page) => {
      await openNetwork(page, '#/network?date=2017-06');
      const before = await actorCount(page);
      expect((await visibleNodes(page)).some((id) => kindOf.get(id) === 'person')).toBe(true);
      await page.getByRole('checkbox', { name: /^People/ }).uncheck();
      expect(query(page).get('kinds')?.split(',')).not.toContain('person');
      await expect.poll(async () => (await visibleNodes(page)).some((id) => kindOf.get(id) === 'person')).toBe(false);
      expect(await actorCount(page)).toBeLessThan(before);

      // No relation type at all: nothing is drawn, and the view says so.
      await page.getByRole('button', { name: 'None relation types' }).click();
      await expect.poll(() => actorCount(page)).toBe(0);
      await page.getByText(/No ties in force in June 2017/).waitFor();
      await page.getByRole('checkbox', { name: /^Hostile to/ }).check();
      expect(query(page).get('types')).toBe('hostile_to');
      expect(await actorCount(page)).toBeGreaterThan(0);

      // The link reproduces the view.
      const shared = page.url();
      await page.goto('about:blank');
      await page.goto(shared);
      await page.getByTestId('actor-count').waitFor();
      expect(await page.getByRole('checkbox', { name: /^People/ }).isChecked()).toBe(false);
      expect(await page.getByRole('checkbox', { name: /^Allied with/ }).isChecked()).toBe(false);
    });
  });

  it('hides possible ties and colours by bloc on request', async () => {
    await onPage(async (page) => {
      await openNetwork(page, '#/network?date=2017-06');
      const ties = Number(await page.getByTestId('tie-count').textContent());
      await page.getByRole('checkbox', { name: 'Show possible ties' }).uncheck();
      expect(query(page).get('possible')).toBe('0');
      expect(Number(await page.getByTestId('tie-count').textContent())).toBeLessThan(ties);
      await page.getByRole('radio', { name: 'Bloc' }).check();
      expect(query(page).get('color')).toBe('bloc');
      expect(await page.getByRole('list', { name: 'Blocs' }).locator('li').count()).toBeGreaterThan(1);
    });
  });

  it('opens the profile of the actor clicked on the canvas', async () => {
    await onPage(async (page) => {
      await openNetwork(page, '#/network?date=2017-06');
      const point = await page.evaluate(() => window.faultlineNetwork?.position('actor:gatia'));
      expect(point).toBeDefined();
      await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
      await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
      await page.waitForURL(/#\/actors\/actor:gatia$/);
      await page.getByRole('heading', { level: 1, name: 'Imghad Tuareg and Allies Self-Defence Group' }).waitFor();
    });
  });

  it('lists the actors in view as links, for keyboard and screen-reader users', async () => {
    await onPage(async (page) => {
      await openNetwork(page, '#/network?date=2017-06');
      await page.getByText(/Actors in view in June 2017/).click();
      const links = page.locator('.network__list a');
      await links.first().waitFor();
      const expected = await actorCount(page);
      await expect.poll(() => links.count()).toBe(expected);
    });
  });

  it("focuses on the CMA's neighbourhood, one or two steps deep, keeps actors where they are dragged, all in the link", async () => {
    // The neighbours the snapshot gives for June 2017: the other ends of the CMA's standing ties between actors.
    const snapshot = (await (await fetch(`${suite.app.baseUrl}/api/snapshot?asOf=2017-06`)).json()) as {
      actors: { id: string }[];
      ties: { from: string; to: string }[];
    };
    const actors = new Set(snapshot.actors.map((a) => a.id));
    const neighbours = new Set(
      snapshot.ties
        .filter((t) => actors.has(t.from) && actors.has(t.to) && t.from !== t.to && (t.from === 'actor:cma' || t.to === 'actor:cma'))
        .map((t) => (t.from === 'actor:cma' ? t.to : t.from)),
    );
    expect(neighbours.size).toBeGreaterThan(5);
    await onPage(async (page) => {
      await openNetwork(page, '#/network?date=2017-06&focus=actor:cma&steps=1');
      expect((await visibleNodes(page)).sort()).toEqual(['actor:cma', ...neighbours].sort());
      expect(await page.getByTestId('focus-status').textContent()).toBe('around Coordination of Azawad Movements, one step');
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(SCREENSHOTS, 'network-focus-cma.png') });

      await page.getByRole('radio', { name: 'Two steps' }).check();
      expect(query(page).get('steps')).toBe('2');
      const twoSteps = await visibleNodes(page);
      expect(twoSteps.length).toBeGreaterThan(neighbours.size + 1);
      for (const id of neighbours) expect(twoSteps).toContain(id);
      await page.getByRole('radio', { name: 'One step' }).check();

      // Drag the MNLA aside: it is not opened, stays where it was left, and the link remembers it.
      const start = await page.evaluate(() => window.faultlineNetwork?.position('actor:mnla'));
      if (!start) throw new Error('the MNLA is not drawn');
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x + 40, start.y + 30, { steps: 5 });
      await page.mouse.move(start.x + 80, start.y + 60, { steps: 5 });
      await page.mouse.up();
      expect(page.url()).toContain('#/network');
      await expect.poll(() => query(page).get('pins') ?? '').toMatch(/^actor:mnla~/);
      const left = await page.evaluate(() => window.faultlineNetwork?.position('actor:mnla'));
      expect(Math.abs((left?.x ?? 0) - (start.x + 80))).toBeLessThan(4);
      expect(Math.abs((left?.y ?? 0) - (start.y + 60))).toBeLessThan(4);
      const shared = page.url();
      await page.goto('about:blank');
      await openNetwork(page, shared.slice(shared.indexOf('#')));
      const again = await page.evaluate(() => window.faultlineNetwork?.position('actor:mnla'));
      expect(Math.abs((again?.x ?? 0) - (left?.x ?? 0))).toBeLessThan(4);
      expect(Math.abs((again?.y ?? 0) - (left?.y ?? 0))).toBeLessThan(4);

      await page.getByRole('button', { name: /moved actor back/ }).click();
      expect(query(page).get('pins')).toBeNull();
      await page.getByRole('button', { name: 'Show the whole network' }).click();
      expect(query(page).get('focus')).toBeNull();
      await expect.poll(() => actorCount(page)).toBeGreaterThan(neighbours.size + 1);
    });
  });
});
