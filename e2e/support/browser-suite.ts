// The set-up every browser suite shares: the app served on a fresh database, one Chromium, and
// a page runner that fails on console errors.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ROOT, startApp, type RunningApp } from './app-server.js';
import { launchBrowser, withPage } from './browser.js';

export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

export interface BrowserSuite {
  readonly app: RunningApp;
  readonly browser: Browser;
  /** Runs a body on a fresh page; fails on console errors other than those `expected` matches. */
  onPage(body: (page: Page) => Promise<void>, expected?: RegExp): Promise<void>;
}

/** Registers the suite's hooks: start the app (then `prepare`), launch Chromium; stop both after. */
export function browserSuite(prepare?: (app: RunningApp) => Promise<void>): BrowserSuite {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp();
    await prepare?.(app);
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test`);
    return value;
  };
  return {
    get app() {
      return started(app, 'the app');
    },
    get browser() {
      return started(browser, 'the browser');
    },
    onPage: (body, expected) => withPage(started(browser, 'the browser'), body, expected),
  };
}
