// Saved views on a team server in a real browser: a user saves the timeline as they see it with a
// note, finds it after a reload on the Saved views page (from the account menu), opens it back onto
// the same location, and deletes it; another user never sees it.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addUser } from '../src/services/auth/accounts.js';
import { requireChromium } from './support/browser.js';
import { browserSuite, SCREENSHOTS } from './support/browser-suite.js';

const chromiumReady = requireChromium('saved views');
const PASSWORDS = { nadia: 'nadia-keeps-her-views', omar: 'omar-has-his-own-views' } as const;
const NOTE = 'GATIA patrols beside the Platform.\nCompare with the clashes around Anéfis in 2015.';

describe.skipIf(!chromiumReady)('saved views in the web app', () => {
  const suite = browserSuite(async (app) => {
    await addUser(app.store, { name: 'nadia', role: 'viewer', password: PASSWORDS.nadia }, { by: 'e2e' });
    await addUser(app.store, { name: 'omar', role: 'editor', password: PASSWORDS.omar }, { by: 'e2e' });
  });
  // The first request of a fresh page has no session yet: Chromium logs its 401.
  const onPage = (body: (page: Page) => Promise<void>, expected = /status of 401/) => suite.onPage(body, expected);

  async function signIn(page: Page, name: keyof typeof PASSWORDS, hash: string): Promise<void> {
    await page.goto(`${suite.app.baseUrl}/${hash}`);
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORDS[name]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Saved views' }).waitFor();
  }

  async function saveView(page: Page, name: string, note: string): Promise<string> {
    await page.getByRole('button', { name: 'Save this view' }).click();
    const form = page.getByRole('form', { name: 'Save this view' });
    const hash = await page.evaluate(() => window.location.hash);
    expect(await form.locator('code').textContent()).toBe(hash);
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Note (optional)').fill(note);
    if (note) await page.screenshot({ path: join(SCREENSHOTS, 'saved-views-form.png') });
    await form.getByRole('button', { name: 'Save view' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Saved as “${name}”` })
      .waitFor();
    return hash;
  }

  it('saves the timeline with a note, finds it after a reload, opens it onto the same location, and deletes it; another user never sees it', async () => {
    let saved = '';
    await onPage(async (page) => {
      await signIn(page, 'nadia', '#/timeline?actors=actor:gatia&from=2014-06&to=2016-12');
      await page.getByTestId('items-in-view').waitFor();
      saved = await saveView(page, 'GATIA, mid-2014 to 2016', NOTE);
      expect(saved).toBe('#/timeline?actors=actor%3Agatia&from=2014-06&to=2016-12');
      await page.goto(`${suite.app.baseUrl}/#/timeline?from=2012-01&to=2013-06`);
      await page.getByTestId('items-in-view').waitFor();
      await saveView(page, 'The north in 2012', '');

      await page.reload();
      await page.getByRole('link', { name: 'Saved views' }).click();
      await page.getByRole('heading', { level: 1, name: 'Saved views' }).waitFor();
      const list = page.getByRole('list', { name: 'Your saved views' });
      await list.getByRole('listitem').nth(1).waitFor();
      expect(await list.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['The north in 2012', 'GATIA, mid-2014 to 2016']);
      const card = list.getByRole('listitem').filter({ hasText: 'GATIA, mid-2014 to 2016' });
      expect(await card.locator('.saved-view__note').innerText()).toBe(NOTE);
      expect(await card.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      await page.screenshot({ path: join(SCREENSHOTS, 'saved-views.png'), fullPage: true });

      await card.getByRole('link', { name: 'Open GATIA, mid-2014 to 2016' }).click();
      await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
      await page.getByTestId('items-in-view').waitFor();
      expect(await page.evaluate(() => window.location.hash)).toBe(saved);
      await page.getByRole('list', { name: 'Selected actors' }).getByText('Imghad Tuareg and Allies Self-Defence Group').waitFor();
      expect(await page.locator('.timeline__range strong').innerText()).toBe('2014-06 to 2016-12');
    });

    // Another user: the same page, none of nadia's views, and her view's id is not found for him.
    await onPage(async (page) => {
      await signIn(page, 'omar', '#/views');
      await page.getByRole('heading', { level: 1, name: 'Saved views' }).waitFor();
      await page.getByText('You have no saved views.').waitFor();
      expect(await page.getByRole('list', { name: 'Your saved views' }).count()).toBe(0);
      const theirs = (await suite.app.store.listViews('nadia')).map((v) => v.id);
      expect(theirs).toHaveLength(2);
      const status = await page.evaluate(async (id) => (await fetch(`api/views/${id}`, { method: 'DELETE' })).status, theirs[0]);
      expect(status).toBe(404);
    }, /status of (401|404)/);

    await onPage(async (page) => {
      await signIn(page, 'nadia', '#/views');
      const list = page.getByRole('list', { name: 'Your saved views' });
      const card = list.getByRole('listitem').filter({ hasText: 'GATIA, mid-2014 to 2016' });
      await card.getByRole('button', { name: 'Delete view GATIA, mid-2014 to 2016' }).click();
      await card.getByRole('button', { name: 'Delete', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'View “GATIA, mid-2014 to 2016” deleted.' }).waitFor();
      expect(await list.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['The north in 2012']);
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'The north in 2012' }).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: 'GATIA, mid-2014 to 2016' }).count()).toBe(0);
    });
    expect((await suite.app.store.listViews('nadia')).map((v) => v.name)).toEqual(['The north in 2012']);
  });
});
