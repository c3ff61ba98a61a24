// A team server in a real browser: the login page (wrong password, rate limit, sign-in and sign-out),
// the audit log for an administrator, the admins-only state for a viewer, a restricted source's
// passage shown to a viewer as "restricted source" without a link, a user's own API tokens on the
// Account page, and an administrator managing users on the Users page.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/core/text/normalise.js';
import { addUser, createToken, setRole } from '../src/services/auth/accounts.js';
import { registerSource } from '../src/services/register-source.js';
import { ROOT, startApp, type RunningApp } from './support/app-server.js';
import { launchBrowser, requireChromium, withPage } from './support/browser.js';

const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
const PASSWORDS = { ada: 'ada-audits-everything', vic: 'vic-reads-the-profiles' } as const;
const RESTRICTED_TITLE = 'Confidential debrief, northern commander';
const RESTRICTED_TEXT = [
  'Debrief held in confidence; not for circulation.',
  'The officer described the self-defence group as coordinating its patrols with allied militias along the border.',
  'He asked that his name and unit be withheld.',
].join('\n');
const RESTRICTED_PASSAGE = 'coordinating its patrols with allied militias along the border';

const chromiumReady = requireChromium('browser suite');

/** Adds a restricted source and an accepted claim about GATIA that cites only it. */
async function addRestrictedEvidence(app: RunningApp): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-e2e-restricted-'));
  const file = join(dir, 'debrief.txt');
  writeFileSync(file, RESTRICTED_TEXT);
  const { source } = await registerSource(
    app.store,
    file,
    { title: RESTRICTED_TITLE, restricted: true, reliability: 'C', reliabilityReason: 'a single informant', kind: 'interview' },
    'e2e',
  );
  rmSync(dir, { recursive: true, force: true });
  const start = RESTRICTED_TEXT.indexOf(RESTRICTED_PASSAGE);
  await app.store.write(
    [
      {
        kind: 'claim',
        record: {
          id: 'actor:gatia#900',
          subject: 'actor:gatia',
          stance: 'supports',
          evidence: [{ source: source.id, start, end: start + RESTRICTED_PASSAGE.length, sha256: sha256Hex(RESTRICTED_PASSAGE) }],
          credibility: 3,
          method: 'analyst',
          status: 'accepted',
          by: 'e2e',
          at: '2026-01-01',
        },
      },
    ],
    { by: 'e2e' },
  );
  return source.id;
}

describe.skipIf(!chromiumReady)('accounts in the web app', () => {
  let app: RunningApp;
  let browser: Browser;
  let restrictedId: string;

  beforeAll(async () => {
    app = await startApp();
    restrictedId = await addRestrictedEvidence(app);
    await addUser(app.store, { name: 'ada', role: 'admin', password: PASSWORDS.ada }, { by: 'e2e' });
    await addUser(app.store, { name: 'vic', role: 'viewer', password: PASSWORDS.vic }, { by: 'e2e' });
    // A role change, so the audit log has a before and after to show.
    await addUser(app.store, { name: 'eddie', role: 'viewer' }, { by: 'ada' });
    await setRole(app.store, 'eddie', 'editor', { by: 'ada' });
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** Runs `body` on a fresh page (its own cookies) and fails on any page error other than the expected 401s. */
  // Chromium logs every non-2xx fetch; a refused login (401, 429) or the audit's 403 are the point of these tests.
  const onPage = (body: (page: Page) => Promise<void>) => withPage(browser, body, /status of (401|403|429)/);

  async function signIn(page: Page, name: string, password: string): Promise<void> {
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('asks for a login, refuses a wrong password, then returns to the page asked for', async () => {
    await onPage(async (page) => {
      await page.goto(`${app.baseUrl}/#/actors/actor:gatia`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/login?return=%2Factors%2Factor%3Agatia');
      expect(await page.locator('.account--local').count()).toBe(0);

      await signIn(page, 'ada', 'not-the-password');
      const problem = page.getByRole('alert');
      await problem.waitFor();
      expect(await problem.textContent()).toBe('Wrong name or password.');
      expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
      await page.screenshot({ path: join(SCREENSHOTS, 'login.png') });

      await signIn(page, 'ada', PASSWORDS.ada);
      await page.getByRole('heading', { level: 1, name: 'Imghad Tuareg and Allies Self-Defence Group' }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/actors/actor:gatia');
      expect(await page.locator('.account__name').textContent()).toBe('ada');
      expect(await page.locator('.account__role').textContent()).toBe('admin');
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).count()).toBe(1);
      // The admin reads the restricted source: its passage links to it.
      expect(await page.locator(`.footnote a[href^="#/sources/${restrictedId}"]`).count()).toBe(1);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await page.locator('.account__name').count()).toBe(0);
      await page.goto(`${app.baseUrl}/#/audit`);
      await page.waitForURL(/#\/login\?return=%2Faudit$/);
    });
  });

  it('says plainly when too many logins failed', async () => {
    await onPage(async (page) => {
      await page.goto(`${app.baseUrl}/#/login`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      for (let attempt = 0; attempt < 5; attempt++) {
        await signIn(page, 'mallory', `guess number ${attempt}`);
        await page.getByRole('alert').filter({ hasText: 'Wrong name or password.' }).waitFor();
      }
      await signIn(page, 'mallory', 'one guess too many');
      await page
        .getByRole('alert')
        .filter({ hasText: /^Too many failed sign-ins\. Wait 15 minutes/ })
        .waitFor();
    });
  });

  it('shows an administrator the audit log with filters in the URL, diffs and more pages', async () => {
    await onPage(async (page) => {
      await page.goto(`${app.baseUrl}/#/audit`);
      await signIn(page, 'ada', PASSWORDS.ada);
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      const entries = page.locator('.audit-entry');
      await entries.first().waitFor();
      expect(await entries.count()).toBe(100);
      expect(await entries.first().locator('.audit-entry__actor').textContent()).toBe('e2e');
      await page.getByRole('button', { name: 'Load more' }).click();
      await expect.poll(() => entries.count()).toBe(200);

      await page.getByLabel('Kind').selectOption('user');
      await page.getByRole('button', { name: 'Apply' }).click();
      await expect.poll(() => new URL(page.url()).hash).toBe('#/audit?kind=user');
      await expect.poll(() => entries.count()).toBe(4);
      const change = entries.filter({ hasText: 'account changed' }).last();
      expect(await change.locator('.audit-entry__actor').textContent()).toBe('ada');
      const role = change.locator('.audit-diff tbody tr', { hasText: 'role' });
      expect(await role.locator('.audit-diff__before').textContent()).toBe('viewer');
      expect(await role.locator('.audit-diff__after').textContent()).toBe('editor');
      expect(await page.locator('.audit__end').textContent()).toBe('End of the log.');
      await page.screenshot({ path: join(SCREENSHOTS, 'audit.png'), fullPage: true });

      await page.goto(`${app.baseUrl}/#/audit?id=actor:gatia&user=e2e`);
      await expect.poll(() => entries.count()).toBe(1);
      expect(await page.getByLabel('Id').inputValue()).toBe('actor:gatia');
      expect(await entries.first().locator('.audit-entry__id a').getAttribute('href')).toBe('#/actors/actor:gatia');
    });
  });

  it('gives a viewer the admins-only state and restricted passages without a link', async () => {
    await onPage(async (page) => {
      await page.goto(`${app.baseUrl}/#/audit`);
      await signIn(page, 'vic', PASSWORDS.vic);
      await page.getByRole('heading', { name: 'Admins only' }).waitFor();
      expect(await page.locator('.account__role').textContent()).toBe('viewer');
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).count()).toBe(0);

      await page.goto(`${app.baseUrl}/#/actors/actor:gatia`);
      await page.getByRole('heading', { level: 1, name: 'Imghad Tuareg and Allies Self-Defence Group' }).waitFor();
      const restricted = page.locator('.passage--restricted');
      expect(await restricted.count()).toBe(1);
      expect(await restricted.textContent()).toContain('restricted source');
      expect(await restricted.locator('a').count()).toBe(0);
      const html = await page.content();
      expect(html).not.toContain(restrictedId);
      expect(html).not.toContain(RESTRICTED_TITLE);
    });
  });

  /** Whether the API accepts a token, asked from outside the browser as a script would. */
  const tokenStatus = async (token: string) => (await fetch(`${app.baseUrl}/api/stats`, { headers: { authorization: `Bearer ${token}` } })).status;

  it('lets a user create a token on the Account page, shows its secret once, and revokes it', async () => {
    await onPage(async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl });
      await page.goto(`${app.baseUrl}/#/login`);
      await signIn(page, 'vic', PASSWORDS.vic);
      await page.locator('.account__name').waitFor();
      await page.getByRole('link', { name: /^Your account: signed in as vic/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/account');
      await page.getByText('You have no active tokens.', { exact: false }).waitFor();

      await page.getByLabel('What it is for').fill('nightly export');
      await page.getByLabel('Expires after').selectOption({ label: '90 days' });
      await page.getByRole('button', { name: 'Create token' }).click();
      const secretField = page.getByLabel('New API token');
      await secretField.waitFor();
      const secret = await secretField.inputValue();
      expect(secret).toMatch(/^flt_[0-9a-f]{24}\.[A-Za-z0-9_-]{43}$/);
      await page.getByText('It is shown only this once.').waitFor();
      await page.getByRole('button', { name: 'Copy', exact: true }).click();
      await page.getByText('Copied to the clipboard.').waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
      expect(await tokenStatus(secret)).toBe(200);

      const row = page.locator('.token-row', { hasText: 'nightly export' });
      expect(await row.locator('.token-row__id').textContent()).toBe(secret.slice(4, 28));
      expect(await row.locator('.token-row__status').textContent()).toBe('active');
      await page.screenshot({ path: join(SCREENSHOTS, 'account.png') });

      await page.getByRole('button', { name: 'I have copied it' }).click();
      await secretField.waitFor({ state: 'detached' });
      expect(await page.content()).not.toContain(secret.split('.')[1]);

      await page.getByRole('button', { name: 'Revoke token nightly export' }).click();
      await page.getByRole('group', { name: 'Revoke nightly export?' }).getByRole('button', { name: 'Revoke', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Token “nightly export” revoked.' }).waitFor();
      await row.waitFor({ state: 'detached' });
      expect(await tokenStatus(secret)).toBe(401);
      await page.getByLabel('Include revoked and expired').check();
      await expect.poll(() => page.locator('.token-row--revoked', { hasText: 'nightly export' }).count()).toBe(1);
      expect((await app.store.audit({ id: secret.slice(4, 28) })).map((e) => [e.action, e.actor])).toEqual([
        ['credential.create', 'vic'],
        ['credential.revoke', 'vic'],
      ]);

      // A viewer has no Users page.
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).count()).toBe(0);
      await page.goto(`${app.baseUrl}/#/users`);
      await page.getByRole('heading', { name: 'Admins only' }).waitFor();
    });
  });

  it('lets a user change their own password on the Account page, the current one required', async () => {
    await addUser(app.store, { name: 'rita', role: 'editor', password: 'rita checks the dates' }, { by: 'e2e' });
    await onPage(async (page) => {
      await page.goto(`${app.baseUrl}/#/login`);
      await signIn(page, 'rita', 'rita checks the dates');
      await page.locator('.account__name').waitFor();
      await page.goto(`${app.baseUrl}/#/account`);
      const form = page.getByRole('region', { name: 'Password' });
      const fill = async (current: string, next: string, again: string) => {
        await form.getByLabel('Current password').fill(current);
        await form.getByLabel('New password', { exact: true }).fill(next);
        await form.getByLabel('New password again').fill(again);
      };
      await fill('rita checks the dates', 'rita reads maps at dawn', 'rita reads maps at noon');
      await form.getByText('The two passwords differ.').waitFor();
      expect(await form.getByRole('button', { name: 'Change password' }).isDisabled()).toBe(true);
      await fill('not her password at all', 'rita reads maps at dawn', 'rita reads maps at dawn');
      await form.getByRole('button', { name: 'Change password' }).click();
      await form.getByRole('alert').filter({ hasText: 'The current password is wrong.' }).waitFor();
      await fill('rita checks the dates', 'rita reads maps at dawn', 'rita reads maps at dawn');
      await form.getByRole('button', { name: 'Change password' }).click();
      await form.getByRole('status').filter({ hasText: 'Password changed.' }).waitFor();
      expect(await form.getByLabel('Current password').inputValue()).toBe('');
    });
    const login = (password: string) =>
      fetch(`${app.baseUrl}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'rita', password }) });
    expect((await login('rita checks the dates')).status).toBe(401);
    expect((await login('rita reads maps at dawn')).status).toBe(200);
  });

  it('lets an administrator add a user, change a role, set a forgotten password, revoke a token and disable a user on the Users page', async () => {
    const eddies = await createToken(app.store, { user: 'eddie', name: 'field sync' }, { by: 'e2e' });
    await onPage(async (page) => {
      await page.goto(`${app.baseUrl}/#/login`);
      await signIn(page, 'ada', PASSWORDS.ada);
      await page.locator('.account__name').waitFor();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
      await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
      const rows = page.locator('.user-row');
      await rows.first().waitFor();
      expect(await rows.locator('th').allTextContents()).toEqual(['adayou', 'eddie', 'rita', 'vic']);
      // The signed-in admin's own row has neither a role picker nor Disable.
      expect(await page.getByLabel('Role of ada').count()).toBe(0);
      expect(
        await rows
          .filter({ hasText: 'ada' })
          .getByRole('button', { name: /^Disable/ })
          .count(),
      ).toBe(0);

      await page.getByLabel('Name', { exact: true }).fill('nadia');
      await page.getByLabel('Role', { exact: true }).selectOption('reviewer');
      await page.getByLabel('Initial password').fill('nadia reads every report');
      await page.getByRole('button', { name: 'Add user' }).click();
      const nadia = rows.filter({ has: page.locator('th', { hasText: /^nadia$/ }) });
      await nadia.waitFor();
      expect(await page.getByLabel('Role of nadia').inputValue()).toBe('reviewer');
      expect(await app.store.getUser('nadia')).toMatchObject({ role: 'reviewer' });
      expect((await app.store.audit({ kind: 'user', id: 'nadia' })).at(-1)).toMatchObject({ action: 'user.put', actor: 'ada' });

      await page.getByLabel('Role of eddie').selectOption('reviewer');
      await rows.filter({ hasText: 'eddie' }).getByRole('button', { name: 'Save' }).click();
      await expect.poll(async () => (await app.store.getUser('eddie'))?.role).toBe('reviewer');
      await rows.filter({ hasText: 'eddie' }).getByRole('button', { name: 'Save' }).waitFor({ state: 'detached' });

      await page.getByRole('link', { name: 'Tokens of eddie' }).click();
      await expect.poll(() => new URL(page.url()).hash).toBe('#/users?user=eddie');
      const tokens = page.locator('.user-tokens .token-row');
      await tokens.first().waitFor();
      expect(await tokens.locator('th').allTextContents()).toEqual(['field sync']);
      // eddie forgot his password: the admin sets one beside his tokens.
      const setPassword = page.getByRole('region', { name: 'Password of eddie' });
      await setPassword.getByLabel('New password', { exact: true }).fill('eddie starts again today');
      await setPassword.getByLabel('New password again').fill('eddie starts again today');
      await page.screenshot({ path: join(SCREENSHOTS, 'users.png'), fullPage: true });
      await setPassword.getByRole('button', { name: 'Set password' }).click();
      await setPassword.getByRole('status').filter({ hasText: 'New password set for eddie' }).waitFor();
      expect(await rows.filter({ hasText: 'eddie' }).locator('td').nth(2).textContent()).toBe('active');
      const eddieLogin = await fetch(`${app.baseUrl}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'eddie', password: 'eddie starts again today' }),
      });
      expect(eddieLogin.status).toBe(200);
      // The admin's own row opens no such form: their password is changed with the current one.
      await page.goto(`${app.baseUrl}/#/users?user=ada`);
      await page.getByRole('heading', { name: 'Tokens of ada' }).waitFor();
      expect(await page.getByRole('region', { name: 'Password of ada' }).count()).toBe(0);
      await page.goto(`${app.baseUrl}/#/users?user=eddie`);
      await tokens.first().waitFor();

      await page.getByRole('button', { name: 'Revoke token field sync' }).click();
      await page.getByRole('group', { name: 'Revoke field sync?' }).getByRole('button', { name: 'Revoke', exact: true }).click();
      await tokens.first().waitFor({ state: 'detached' });
      expect(await tokenStatus(eddies.token)).toBe(401);

      await nadia.getByRole('button', { name: 'Disable… nadia' }).click();
      await page.getByRole('button', { name: 'Disable nadia' }).click();
      await nadia.locator('.user-row__disabled').waitFor();
      expect((await app.store.getUser('nadia'))?.disabledAt).toBeTypeOf('string');
      const login = await fetch(`${app.baseUrl}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'nadia', password: 'nadia reads every report' }),
      });
      expect(login.status).toBe(401);
    });
  });
});
