// `npm start` runs the CLI and server compiled from src/ alone (tsconfig.build.json): a src/ file that
// reaches outside it (into test/ or web/) type-checks with the tests but breaks that build.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe('the server build', () => {
  it('compiles src/ on its own, as npm start builds it', () => {
    const run = () => execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noEmit'], { encoding: 'utf8', stdio: 'pipe' });
    expect(run).not.toThrow();
  }, 120_000);
});
