// Launches the system Chromium through playwright-core; no browser download, no network but loopback.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { requireTool, type SystemTool } from '../../test/support/required-tool.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

// WebGL (the map, the network) draws with SwiftShader, Chromium's software renderer, since there is no GPU;
// recent Chromium builds only fall back to it when told that this is acceptable.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });

/** A page at 1280×800 that records every console error and uncaught exception. */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return { page, errors };
}

const CHROMIUM_TOOL: SystemTool = { name: `Chromium at ${CHROMIUM}`, found: hasChromium, install: 'apt-get install -y chromium' };

/**
 * Declares what a browser suite needs before it runs: without Chromium, a loud warning and a skip,
 * except under CI, where the missing browser is a failing test.
 */
export const requireChromium = (suite: string): boolean => requireTool(suite, CHROMIUM_TOOL);

/**
 * Runs a body on a fresh page and fails it on any console error or uncaught exception, except the
 * ones `expected` matches (Chromium logs every refused fetch, which some tests provoke on purpose).
 */
export async function withPage(browser: Browser, body: (page: Page) => Promise<void>, expected?: RegExp): Promise<void> {
  const { page, errors } = await openPage(browser);
  try {
    await body(page);
    expect(expected ? errors.filter((e) => !expected.test(e)) : errors).toEqual([]);
  } finally {
    await page.close();
  }
}
