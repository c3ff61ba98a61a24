// Launches the system Chromium through playwright-core; no browser download, no network but loopback.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

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

/** Says loudly that the browser suite did not run, so a green local run is not mistaken for coverage. */
export function warnNoChromium(): void {
  const line = '!'.repeat(78);
  process.stderr.write(
    `\n${line}\n!! e2e: ${CHROMIUM} not found; the browser suite is SKIPPED.\n!! Install it with: apt-get install -y chromium (CI must have it: there this suite fails).\n${line}\n\n`,
  );
}
