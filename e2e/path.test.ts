// The paths page in a real browser, against the service's own answer on the Mali dataset: the routes it
// lists and draws are the API's, definite first; every tie shows its interval, certainty and footnotes,
// which open the cited passage; actors are picked with the header search's API; the state is in the URL.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PathResult } from '../src/services/queries/path.js';
import { SEED_TEXT } from './support/app-server.js';
import { requireChromium } from './support/browser.js';
import { browserSuite, SCREENSHOTS } from './support/browser-suite.js';

const chromiumReady = requireChromium('path page');

const routesShown = (page: Page) =>
  page.locator('.path__steps').evaluateAll((lists) => lists.map((l) => `${l.getAttribute('data-certainty')} ${l.getAttribute('data-route')}`));

describe.skipIf(!chromiumReady)('how two actors are connected', () => {
  const suite = browserSuite();
  const api = async (from: string, to: string, asOf: string): Promise<PathResult> =>
    (await fetch(`${suite.app.baseUrl}/api/path?from=${from}&to=${to}&asOf=${asOf}`)).json() as Promise<PathResult>;

  it('GATIA–CMA in September 2016: the routes the service gives, definite first, each tie with its interval and claims', async () => {
    const answer = await api('actor:gatia', 'actor:cma', '2016-09');
    await suite.onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/path?from=actor:gatia&to=actor:cma&date=2016-09`);
      await page.getByTestId('path-summary').waitFor();
      expect(await routesShown(page)).toEqual(answer.routes.map((r) => `${r.certainty} ${r.actors.map((a) => a.id).join('>')}`));
      expect(answer.routes[0]?.certainty).toBe('definite');
      expect(await page.getByTestId('path-summary').textContent()).toMatch(
        /^In September 2016, Imghad Tuareg and Allies Self-Defence Group and Coordination of Azawad Movements are tied directly; the strongest path is definite\./,
      );

      // The direct step: their hostility of July 2016 on, in words, with its footnotes.
      const direct = page.locator('.path__steps').first().locator('[data-tie="rel:cma.hostile-to.gatia.2"]');
      expect(await direct.textContent()).toMatch(
        /^Coordination of Azawad Movements is hostile to Imghad Tuareg and Allies Self-Defence Group, July 2016 to May 2021 · definite/,
      );
      const shownTies = await page.locator('[data-tie]').evaluateAll((ties) => ties.map((t) => t.getAttribute('data-tie')));
      expect(shownTies.sort()).toEqual(answer.routes.flatMap((r) => r.hops.flatMap((h) => h.ties.map((t) => t.id))).sort());

      // The drawing holds every actor on a route, the two ends ringed.
      const graph = page.getByTestId('path-graph');
      const drawn = await graph.locator('[data-actor]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-actor')));
      expect(drawn.sort()).toEqual([...new Set(answer.routes.flatMap((r) => r.actors.map((a) => a.id)))].sort());
      expect(await graph.locator('.small-graph__node--marked').count()).toBe(2);

      // A footnote opens the passage behind the hostility.
      const ref = direct.locator('.ref').first();
      const n = Number(await ref.textContent());
      expect(answer.routes[0]?.hops[0]?.ties[0]?.footnotes).toContain(n);
      await page.setViewportSize({ width: 1280, height: 1800 });
      await page.screenshot({ path: join(SCREENSHOTS, 'path-gatia-cma-2016-09.png') });
      await ref.click();
      if (!existsSync(SEED_TEXT)) return;
      await page.locator(`#note-${n} .passage__source`, { hasText: 'The risks of deeper engagement in Mali' }).first().click();
      await page.waitForURL(/#\/sources\/[0-9a-f]{64}\?start=\d+&end=\d+$/);
      await page.locator('.reader__text mark.passage-mark').waitFor();
    });
  });

  it('picks actors by name from the profile link, and keeps them and the month in the URL', async () => {
    await suite.onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/actors/actor:gatia`);
      await page.getByRole('link', { name: 'How is it connected to…' }).click();
      await page.waitForURL(/#\/path\?from=actor:gatia$/);
      await page.getByTestId('from-chosen').filter({ hasText: 'Imghad Tuareg and Allies Self-Defence Group' }).waitFor();
      await page.getByRole('searchbox').and(page.locator('input[name="to"]')).fill('mujao');
      await page.getByRole('button', { name: /Movement for Oneness and Jihad in West Africa/ }).click();
      await page.locator('input[name="date"]').fill('2016-06');
      await page.waitForFunction(() => window.location.hash === '#/path?from=actor:gatia&to=actor:mujao&date=2016-06');
      const answer = await api('actor:gatia', 'actor:mujao', '2016-06');
      if (answer.found) {
        await page.getByTestId('path-summary').waitFor();
        expect(await routesShown(page)).toEqual(answer.routes.map((r) => `${r.certainty} ${r.actors.map((a) => a.id).join('>')}`));
      } else await page.getByTestId('path-none').waitFor();
    });
  });
});
