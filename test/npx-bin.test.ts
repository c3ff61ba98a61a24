// `npx faultline` is how the README calls the CLI. npx runs a bin it finds in node_modules/.bin at once, but when the
// project's own package.json declares the bin it first loads the whole dependency tree (~0.6 s here). So the bin is
// declared by the small package in bin/, which npm links into node_modules/.bin as a `file:` dependency.
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;

describe('the faultline command', () => {
  it('is declared by bin/package.json and not by the project, so npx takes its direct path', () => {
    const project = json('package.json');
    expect(project.bin).toBeUndefined();
    expect((project.dependencies as Record<string, string>)['faultline-cli']).toBe('file:bin');
    expect(json('bin/package.json').bin).toEqual({ faultline: 'faultline.mjs' });
  });

  it('is linked into node_modules/.bin by npm install and runs through npx', () => {
    expect(realpathSync(join(ROOT, 'node_modules', '.bin', 'faultline'))).toBe(realpathSync(join(ROOT, 'bin', 'faultline.mjs')));
    const help = execFileSync('npx', ['--no-install', 'faultline', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help).toMatch(/Usage: faultline/);
  });
});
