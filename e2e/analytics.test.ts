// The analytics page in a real browser on June 2017: every number it shows is the CLI's
// (`faultline metrics --as-of 2017-06 --json`, run as a child process on its own database), the
// communal matrix says its level and keeps violence inside one community apart, each measure links to
// its method in docs/queries.md (shown offline), exports its chart, and keeps its options in the URL.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsResult, MetricsSeries } from '../src/services/queries/metrics.js';
import { runCli } from '../test/support/cli-process.js';
import { requireChromium } from './support/browser.js';
import { browserSuite, SCREENSHOTS } from './support/browser-suite.js';

const chromiumReady = requireChromium('analytics view');
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

async function cli(args: string[]): Promise<string> {
  const { code, output } = await runCli(args).exit;
  if (code !== 0) throw new Error(`faultline ${args.join(' ')} exited ${code}: ${output}`);
  return output;
}

describe.skipIf(!chromiumReady)('analytics view', () => {
  const suite = browserSuite();
  const onPage = (body: (page: Page) => Promise<void>) => suite.onPage(body);
  let dir = '';
  let top: MetricsResult;
  let recorded: MetricsResult;
  let series: MetricsSeries;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'faultline-analytics-'));
    const db = join(dir, 'cli.db');
    await cli(['load', 'data/mali', '--db', db]);
    top = JSON.parse(await cli(['metrics', '--as-of', '2017-06', '--top', '15', '--json', '--db', db])) as MetricsResult;
    recorded = JSON.parse(await cli(['metrics', '--as-of', '2017-06', '--top', '15', '--communities', 'recorded', '--json', '--db', db])) as MetricsResult;
    series = JSON.parse(await cli(['metrics', '--from', '2012-06', '--to', '2024-06', '--json', '--db', db])) as MetricsSeries;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const section = (page: Page, title: RegExp) => page.locator('section.analytics-section', { has: page.getByRole('heading', { level: 2, name: title }) });

  async function communalShown(page: Page) {
    const cells = await page
      .getByRole('table', { name: 'Violence between communities' })
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.getAttribute('data-pair'),
          Number(r.querySelector('[data-value="events"]')?.textContent),
          Number(r.querySelector('[data-value="best"]')?.textContent),
        ]),
      );
    const within = await page
      .getByRole('table', { name: 'Violence inside one community' })
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-community'), Number(r.querySelector('[data-value="events"]')?.textContent)]));
    return { cells, within };
  }

  it('shows the numbers `faultline metrics --as-of 2017-06 --json` prints', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/analytics?date=2017-06`);
      await page.getByRole('heading', { level: 1, name: 'Analytics' }).waitFor();
      const ranking = page.getByRole('table', { name: 'Most central actors' });
      await ranking.locator('tbody tr').first().waitFor();
      const shownTop = await ranking
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [
            r.getAttribute('data-actor'),
            r.querySelector('a')?.textContent,
            Number(r.querySelector('[data-value="degree"]')?.textContent),
            r.querySelector('[data-value="betweenness"]')?.textContent,
            Number(r.querySelector('[data-value="bloc"]')?.textContent),
          ]),
        );
      expect(shownTop).toEqual(top.top.map((r) => [r.id, r.name, r.degree, r.betweenness.toFixed(3), r.community]));
      // Names link to profiles.
      expect(await ranking.locator('tbody tr a').first().getAttribute('href')).toBe(`#/actors/${top.top[0]?.id}`);

      const metric = (key: string) => page.locator(`[data-metric="${key}"] dd`).textContent();
      expect(await metric('actors,ties')).toBe(`${top.actors} · ${top.ties}`);
      expect(await metric('armedGroups')).toBe(`${top.armedGroups.definite} definitely, ${top.armedGroups.possible} possibly`);
      expect(await metric('communities')).toBe(`${top.communities.count} (${top.communities.modularity.toFixed(2)})`);
      expect(await metric('balance')).toBe(`${top.balance.balanced}/${top.balance.triads} triads balanced (${pct(top.balance.share)})`);
      const f = top.fluidity;
      expect(await metric('fluidity')).toBe(
        `${pct(f.share)}: ${f.formed} formed, ${f.ended} ended, ${f.flipped} flipped; not counted: ${f.appeared} first attested, ${f.lapsed} no longer presumed`,
      );
      expect(await metric('tribalisation')).toContain(`${top.tribalisation.single}/${top.tribalisation.withBase}`);

      const blocs = await page
        .getByRole('list', { name: 'Blocs and their members' })
        .locator(':scope > li')
        .evaluateAll((items) => items.map((li) => [Number(li.getAttribute('data-bloc')), [...li.querySelectorAll('a')].map((a) => a.getAttribute('href'))]));
      expect(blocs).toEqual(top.blocs.map((b) => [b.community, b.members.map((id) => `#/actors/${id}`)]));

      // The matrix is at the top level by default: no cell pairs a community with itself or a tribe with its people.
      expect(top.communal.level).toBe('top');
      const shown = await communalShown(page);
      expect(shown.cells).toEqual(top.communal.cells.map((c) => [`${c.a}|${c.b}`, c.events, c.fatalities.best]));
      expect(shown.within).toEqual(top.communal.within.map((w) => [w.community, w.events]));
      expect(shown.within.map(([id]) => id)).toContain('actor:tuareg');
      const heatmap = section(page, /Communal violence/)
        .locator('figure')
        .first()
        .locator('svg');
      expect(await heatmap.locator('g[aria-label="cell"] rect').count()).toBeGreaterThanOrEqual(2 * top.communal.cells.length);
      await expect
        .poll(() =>
          section(page, /Communal violence/)
            .locator('.analytics-section__how')
            .textContent(),
        )
        .toContain('widest communities');

      // The series are drawn: one dot per point of balance, bars for fluidity.
      await section(page, /Structural balance/)
        .locator('svg g[aria-label="dot"] circle')
        .first()
        .waitFor();
      expect(
        await section(page, /Alliance fluidity/)
          .locator('svg g[aria-label="rect"] rect')
          .count(),
      ).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOTS, 'analytics-2017-06.png'), fullPage: true });
    });
  });

  it('keeps the community level in the URL, and the finer level still never pairs a tribe with its people', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/analytics?date=2017-06`);
      await page.getByRole('table', { name: 'Violence between communities' }).locator('tbody tr').first().waitFor();
      await page.locator('select[name="level"]').selectOption('recorded');
      await page.waitForURL(/level=recorded/);
      await expect
        .poll(() =>
          section(page, /Communal violence/)
            .locator('.analytics-section__how')
            .textContent(),
        )
        .toContain('as group bases name them');
      await expect
        .poll(async () => (await communalShown(page)).cells)
        .toEqual(recorded.communal.cells.map((c) => [`${c.a}|${c.b}`, c.events, c.fatalities.best]));
      const pairs = recorded.communal.cells.map((c) => [c.a, c.b].sort().join('|'));
      expect(pairs).not.toContain(['actor:imghad', 'actor:tuareg'].join('|'));
      await page.reload();
      await expect.poll(() => page.locator('select[name="level"]').inputValue()).toBe('recorded');
    });
  });

  it('draws the series `faultline metrics --from 2012-06 --to 2024-06 --json` prints, and exports them', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/analytics?date=2017-06`);
      const balance = section(page, /Structural balance/);
      await balance.locator('svg g[aria-label="dot"] circle').first().waitFor();
      // One dot per point with signed triads; one bar per change and point.
      expect(await balance.locator('svg g[aria-label="dot"] circle').count()).toBe(series.points.filter((p) => p.balance.share !== null).length);
      expect(
        await section(page, /Alliance fluidity/)
          .locator('svg g[aria-label="rect"] rect')
          .count(),
      ).toBe(series.points.reduce((n, p) => n + [p.fluidity.formed, p.fluidity.ended, p.fluidity.flipped].filter((x) => x > 0).length, 0));
      const [csv] = await Promise.all([page.waitForEvent('download'), balance.getByRole('button', { name: 'CSV' }).click()]);
      const [head = '', ...lines] = readFileSync(await csv.path(), 'utf8')
        .trim()
        .split('\n');
      const columns = head.split(',');
      const rows = lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
      expect(
        rows.map((r) => [r['day'], Number(r['triads']), Number(r['balanced']), Number(r['formed']), Number(r['ended']), Number(r['armedPossible'])]),
      ).toEqual(series.points.map((p) => [p.day, p.balance.triads, p.balance.balanced, p.fluidity.formed, p.fluidity.ended, p.armedGroups.possible]));
    });
  });

  it('links each measure to its method in docs/queries.md, shown offline', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/analytics?date=2017-06`);
      await section(page, /Alliance fluidity/)
        .getByRole('link', { name: 'Method' })
        .click();
      await page.waitForURL(/#\/method\/fluidity$/);
      const chosen = page.locator('.method__item[aria-current="true"]');
      await expect.poll(() => chosen.textContent()).toContain('first attested');
      expect(await chosen.textContent()).toContain('docs/queries.md#fluidity');
    });
  });

  it('exports a chart as SVG, PNG and CSV', async () => {
    await onPage(async (page) => {
      await page.goto(`${suite.app.baseUrl}/#/analytics?date=2017-06`);
      const exports = page.getByRole('group', { name: 'Export: Betweenness of the most central actors in 2017-06' });
      await page.getByRole('table', { name: 'Most central actors' }).locator('tbody tr').first().waitFor();
      const [csv] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'CSV' }).click()]);
      expect(csv.suggestedFilename()).toBe('centrality-2017-06.csv');
      const lines = readFileSync(await csv.path(), 'utf8')
        .trim()
        .split('\n');
      expect(lines[0]).toBe('actor,name,degree,betweenness,bloc');
      expect(lines).toHaveLength(top.top.length + 1);
      expect(lines[1]?.startsWith(`${top.top[0]?.id},`)).toBe(true);
      const [svg] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'SVG' }).click()]);
      const text = readFileSync(await svg.path(), 'utf8');
      expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(text).toContain(top.top[0]?.name ?? '');
      const [png] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'PNG' }).click()]);
      expect([...readFileSync(await png.path()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    });
  });
});
