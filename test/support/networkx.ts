// Reads graph files with NetworkX through the system Python, for suites that check our exports.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SystemTool } from './required-tool.js';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'networkx_read.py');
// Debian's python3-networkx installs for /usr/bin/python3, which a python3 earlier on PATH may hide.
const PYTHONS = ['python3', '/usr/bin/python3'];

/** A Python that imports NetworkX, its version, and whether its GEXF reader knows GEXF 1.3. */
export interface Networkx {
  python: string;
  version: string;
  gexf13: boolean;
}

type Data = Record<string, unknown>;

/** What NetworkX read from a file, or why it refused the file. */
export type NetworkxRead =
  | { refused: string }
  | {
      directed: boolean;
      multigraph: boolean;
      graph: Data;
      nodes: Record<string, Data>;
      edges: { key: string | number | null; source: string; target: string; data: Data }[];
    };

export function findNetworkx(): Networkx | undefined {
  for (const python of PYTHONS) {
    try {
      const probe = JSON.parse(execFileSync(python, [SCRIPT, 'probe'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Omit<Networkx, 'python'>;
      return { python, ...probe };
    } catch {
      // no such Python, or it lacks networkx: try the next one
    }
  }
  return undefined;
}

export const networkxTool = (found: Networkx | undefined): SystemTool => ({
  name: 'a python3 with networkx',
  found: found !== undefined,
  install: 'apt-get install -y python3-networkx',
});

export function readWithNetworkx(networkx: Networkx, format: 'graphml' | 'gexf', file: string): NetworkxRead {
  return JSON.parse(execFileSync(networkx.python, [SCRIPT, format, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as NetworkxRead;
}
