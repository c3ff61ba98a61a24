// The layer rule of docs/architecture.md over every import, static and dynamic (ESLint's
// no-restricted-imports sees only static ones), and no import cycle, with madge's dependency graph.
// Type-only imports are left out: they vanish from the built code.
import madge from 'madge';
import { describe, expect, it } from 'vitest';

/** What each layer may import besides itself. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  analysis: ['core'],
  ingest: ['core'],
  store: ['core'],
  interop: ['core', 'analysis'],
  services: ['core', 'analysis', 'ingest', 'interop'],
  server: ['core', 'services'],
  cli: ['core', 'services', 'server', 'composition-root'],
  'composition-root': ['core', 'store'],
  web: ['core', 'analysis'],
};

function layerOf(file: string): string {
  if (file.startsWith('web/')) return 'web';
  if (file === 'src/composition-root.ts') return 'composition-root';
  return file.split('/')[1] ?? file;
}

describe('layers', async () => {
  const graph = await madge(['src', 'web/src'], {
    fileExtensions: ['ts', 'tsx'],
    tsConfig: 'tsconfig.json',
    detectiveOptions: { ts: { skipTypeImports: true }, tsx: { skipTypeImports: true } },
    // Tests, contract suites and test support may reach across layers to set up what they check.
    excludeRegExp: [/\.test\.tsx?$/, /testing\.ts$/, /\.contract\.ts$/, /^test\//],
  });
  const imports = graph.obj();

  it('reads the whole tree', () => {
    expect(Object.keys(imports).length).toBeGreaterThan(300);
  });

  it('every import, static or dynamic, goes to the layer itself or one it may import', () => {
    const wrong: string[] = [];
    for (const [from, targets] of Object.entries(imports)) {
      const layer = layerOf(from);
      for (const to of targets) {
        const target = layerOf(to);
        if (target !== layer && !(MAY_IMPORT[layer] ?? []).includes(target)) wrong.push(`${from} → ${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(graph.circular()).toEqual([]);
  });
});
