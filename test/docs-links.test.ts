// Every relative link in the docs and the README points at a file or folder that exists: the docs
// follow a fact through the code (docs/life-of-a-claim.md) and must not drift from it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

describe('documentation links', () => {
  it('resolve to files and folders of the repository', () => {
    const broken: string[] = [];
    for (const file of [...markdownFiles('docs'), 'README.md']) {
      for (const [, target = ''] of readFileSync(file, 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        if (!existsSync(join(dirname(file), target))) broken.push(`${file}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('follow one claim through the code with links and a sequence diagram', () => {
    const text = readFileSync('docs/life-of-a-claim.md', 'utf8');
    expect(text).toContain('```mermaid');
    expect(text.match(/\]\(\.\.\/(src|web)\//g)?.length).toBeGreaterThan(20);
  });
});
