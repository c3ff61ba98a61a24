// The web app in a real browser against the real server: search, profile, footnotes, source reader,
// and that a document's markup is shown as text and never run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_TEXT } from './support/app-server.js';
import { requireChromium } from './support/browser.js';
import { browserSuite, SCREENSHOTS } from './support/browser-suite.js';

const RISKS_OF_DEEPER_ENGAGEMENT = 'ec120bb3d9b79a904a8230adf42f63ade768c0e72577be1acd4ff6549163d5a8';

const chromiumReady = requireChromium('browser suite');

describe.skipIf(!chromiumReady)('web app', () => {
  const suite = browserSuite();

  const onPage = (body: (page: Page) => Promise<void>) => suite.onPage(body);

  it('shows dataset counts and actors grouped by kind on the home page', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/`);
      const actors = page.locator('.stats__item', { hasText: 'Actors' }).locator('dd');
      await actors.waitFor();
      expect(Number(await actors.textContent())).toBe((await suite.app.store.counts()).actor);
      await page.getByRole('heading', { name: /^Armed groups/ }).waitFor();
      expect(await page.getByRole('heading', { name: /^People/ }).count()).toBe(1);
      await page.screenshot({ path: join(SCREENSHOTS, 'home.png') });
    });
  });

  it('finds GATIA by search and opens its profile with footnotes', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/`);
      const search = page.getByLabel('Search actors by name or alias');
      await search.fill('gatia');
      await search.press('Enter');
      await page.waitForURL(/#\/search\?q=gatia$/);
      const hit = page.locator('.result a[href="#/actors/actor:gatia"]');
      expect(await hit.textContent()).toContain('(GATIA)');
      await hit.click();
      await page.getByRole('heading', { level: 1, name: 'Imghad Tuareg and Allies Self-Defence Group' }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/actors/actor:gatia');
      expect(await page.locator('.footnote').count()).toBeGreaterThan(3);
      expect(await page.locator('sup a.ref').count()).toBeGreaterThan(3);
      expect(await page.locator('.footnote .grade').first().textContent()).toMatch(/^[A-F][1-6]$/);
      await page.getByRole('heading', { name: /^Events/ }).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, 'actor.png') });
    });
  });

  it('marks the footnote a shared link points to', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/actors/actor:gatia?note=3`);
      await page.locator('#note-3.footnote--current').waitFor();
      await page.locator('sup a.ref', { hasText: /^1$/ }).first().click();
      await page.locator('#note-1.footnote--current').waitFor();
    });
  });

  it('shows both sides of a disputed statement', async () => {
    await onPage(async (page) => {
      // When MINUSMA left northern Mali: late 2023 in one passage of the CMA profile, early 2024 in another.
      await page.goto(`${suite.app.baseUrl}/#/actors/actor:minusma`);
      const dispute = page.locator('.statement--disputed', { hasText: 'operates in Northern Mali' }).first();
      await dispute.waitFor();
      expect(await dispute.locator('.dispute__readings li').count()).toBeGreaterThanOrEqual(2);
    });
  });

  it.skipIf(!existsSync(SEED_TEXT))('opens the source reader from a footnote with the cited passage highlighted', async () => {
    const text = await suite.app.store.getSourceText(RISKS_OF_DEEPER_ENGAGEMENT);
    expect(text, 'the seed text registers under the id the dataset cites').toBeDefined();
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/actors/actor:gatia`);
      await page.locator('.footnote a.passage__source', { hasText: 'The risks of deeper engagement in Mali' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'The risks of deeper engagement in Mali' }).waitFor();
      const mark = page.locator('.reader__text mark.passage-mark');
      await mark.waitFor();
      const query = new URLSearchParams(new URL(page.url()).hash.split('?')[1]);
      const [start, end] = [Number(query.get('start')), Number(query.get('end'))];
      // Offsets are code points; the highlight must be exactly that slice of the registered text.
      expect(await mark.textContent()).toBe(
        Array.from(text ?? '')
          .slice(start, end)
          .join(''),
      );
      await page.waitForFunction(() => {
        const box = document.querySelector('mark.passage-mark')?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      });
      await page.getByRole('link', { name: /Back to Imghad Tuareg/ }).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, 'source.png') });
    });
  });

  it('renders a document containing markup and scripts as text and runs nothing', async () => {
    const hostile = [
      'Report with hostile markup.',
      '<script>window.__pwned = "script"</script>',
      '<img src="x" onerror="window.__pwned = \'img\'">',
      '<b>not bold</b> <a href="javascript:window.__pwned=1">link</a>',
      'The end.',
    ].join('\n');
    const id = await suite.app.register('hostile.txt', hostile, 'Hostile <script>window.__pwned = "title"</script> title');
    const stored = (await suite.app.store.getSourceText(id)) ?? '';
    const script = '<script>window.__pwned = "script"</script>';
    const start = Array.from(stored.slice(0, stored.indexOf(script))).length;
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/sources/${id}?start=${start}&end=${start + script.length}`);
      const body = page.locator('.reader__text');
      await body.locator('mark').waitFor();
      expect(await body.textContent()).toBe(stored);
      expect(await body.locator('mark').textContent()).toBe(script);
      expect(await body.locator('script, img, b, a').count()).toBe(0);
      expect(await page.locator('h1').textContent()).toBe('Hostile <script>window.__pwned = "title"</script> title');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    });
  });
});
