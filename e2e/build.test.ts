// The web app the tests drive, `npm start` serves and the browser benchmark measures is the one in
// web/dist: it must be React's production build whatever NODE_ENV the build inherited (vitest sets "test").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ASSETS = fileURLToPath(new URL('../web/dist/assets', import.meta.url));

describe('the built web app', () => {
  it('is a production build: no React development runtime in any script', () => {
    const scripts = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const name of scripts) expect(readFileSync(join(ASSETS, name), 'utf8'), name).not.toContain('jsxDEV');
  });
});
