// The Trends page in a real browser: JNIM alone and with its components, by month. The numbers the
// charts draw (their marks' titles) and export (CSV) are the numbers the CLI prints for the same query
// (`faultline events --actor JNIM [--components] --by month --json`), run in a child process on the
// database the app serves; and they agree with the month groups the store counts by another query.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EventsResult } from '../src/services/queries/events.js';
import type { TrendResult } from '../src/services/queries/trends.js';
import { runCli } from '../test/support/cli-process.js';
import { periodLabel } from '../web/src/features/trends/model.js';
import { requireChromium } from './support/browser.js';
import { browserSuite, SCREENSHOTS } from './support/browser-suite.js';

const chromiumReady = requireChromium('trends view');

async function cliEvents(db: string, components: boolean): Promise<EventsResult & { trend: TrendResult }> {
  const args = ['events', '--actor', 'JNIM', ...(components ? ['--components'] : []), '--by', 'month', '--json', '--limit', '0', '--db', db];
  const { code, output } = await runCli(args).exit;
  expect(code, output).toBe(0);
  const result = JSON.parse(output) as EventsResult;
  if (!result.trend) throw new Error('events --by month answered without its trend');
  return result as EventsResult & { trend: TrendResult };
}

const titles = (page: Page, chart: string) =>
  page.locator(`[data-chart="${chart}"] svg title`).evaluateAll((elements) => elements.map((e) => e.textContent ?? ''));

describe.skipIf(!chromiumReady)('trends view', () => {
  const suite = browserSuite();

  it.each([
    [true, 'actor=actor:jnim&components=1'],
    [false, 'actor=actor:jnim'],
  ])('JNIM (components: %s) by month: the charts draw and export the CLI’s numbers', async (components, query) => {
    const cli = await cliEvents(suite.app.dbPath, components);
    const { trend } = cli;
    // The store's month groups (another query) count an event in its first month: less those dated more widely, the same numbers.
    for (const g of cli.groups) expect(trend.points.find((p) => p.period === g.key)?.events ?? 0, g.key).toBe(g.events - g.imprecise);
    const counted = [...trend.points, ...trend.spans].reduce((n, p) => n + p.events, 0);
    expect(counted).toBe(cli.total.events);
    expect(trend.total.events).toBe(cli.total.events);
    await suite.onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/trends?${query}&period=month`);
      await page.locator('[data-chart="trend-events"] svg').waitFor();
      await page.locator('[data-total-events]').waitFor();
      expect(await page.locator('[data-total-events]').getAttribute('data-total-events')).toBe(String(cli.total.events));
      const bars = await titles(page, 'trend-events');
      const expected = trend.points.filter((p) => p.events > 0).map((p) => `${periodLabel(p.period)}: ${p.events} events, ${p.unknown} with toll unknown`);
      expect(expected.length).toBeGreaterThan(0);
      expect(bars).toEqual(expected);
      const marks = await titles(page, 'trend-fatalities');
      for (const p of trend.points.filter((x) => x.events > x.unknown))
        expect(marks).toContainEqual(
          expect.stringContaining(`${periodLabel(p.period)}: fatalities low ${p.fatalities.low}, best ${p.fatalities.best}, high ${p.fatalities.high}`),
        );
      const spans = await titles(page, 'trend-spans');
      expect(spans).toHaveLength(trend.spans.length);

      const [csvDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('group', { name: 'Export: Events per month' }).getByRole('button', { name: 'CSV' }).click(),
      ]);
      const rows = readFileSync(await csvDownload.path(), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(','));
      const fromCli = [
        ...trend.points.map((p) => [p.period, p.period, p.events, p.unknown, p.fatalities.low, p.fatalities.best, p.fatalities.high]),
        ...trend.spans.map((s) => [s.from, s.to, s.events, s.unknown, s.fatalities.low, s.fatalities.best, s.fatalities.high]),
      ].map((r) => r.map(String));
      expect(rows.map((r) => [r[0], r[1], ...r.slice(4)])).toEqual(fromCli);
    });
  });

  it.each([
    ['actor=actor:jnim&components=1&period=quarter&split=actor', 'trends-jnim.png'],
    ['actor=actor:jnim&period=quarter', 'trends-jnim-alone.png'],
  ])('#/trends?%s: a screenshot', async (query, screenshot) => {
    await suite.onPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${suite.app.baseUrl}/#/trends?${query}`);
      await page.locator('[data-chart="trend-fatalities"] svg').waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, screenshot), fullPage: true });
    });
  });

  it('keeps its choices in the address, is reached from the header and from a profile, and exports SVG and PNG', async () => {
    await suite.onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/actors/actor:jnim`);
      await page.getByRole('navigation', { name: 'This actor in other views' }).getByRole('link', { name: 'Events over time' }).click();
      await page.waitForURL(/#\/trends\?actor=actor(:|%3A)jnim$/);
      await page.locator('[data-chart="trend-events"] svg').waitFor();
      await page.locator('select[name="period"]').selectOption('year');
      await page.locator('select[name="split"]').selectOption('attribution');
      await page.waitForURL(/period=year/);
      expect(page.url()).toContain('split=attribution');
      await page.reload();
      await page.locator('[data-chart="trend-events"] svg').waitFor();
      expect(await page.locator('select[name="period"]').inputValue()).toBe('year');
      expect(await page.locator('select[name="split"]').inputValue()).toBe('attribution');
      const [svgDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('group', { name: 'Export: Fatalities per year' }).getByRole('button', { name: 'SVG' }).click(),
      ]);
      const svg = readFileSync(await svgDownload.path(), 'utf8');
      expect(svg.startsWith('<?xml')).toBe(true);
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      const [pngDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('group', { name: 'Export: Events per year' }).getByRole('button', { name: 'PNG' }).click(),
      ]);
      expect([...readFileSync(await pngDownload.path()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends' }).click();
      await page.waitForURL(/#\/trends$/);
      // Every event of the dataset, split by type: a series per type, each named by its label.
      await page.locator('select[name="split"]').selectOption('type');
      await page.waitForURL(/split=type/);
      await page.locator('[data-chart="trend-events"] svg title', { hasText: ' · ' }).first().waitFor({ state: 'attached' });
      expect(await titles(page, 'trend-events')).toContainEqual(expect.stringMatching(/ · armed clash: \d+ events, \d+ with toll unknown$/));
    });
  });
});
