// `faultline serve` in a child process on a free loopback port, as an operator starts it; shared by
// `npm run fuzz` (its run over real sockets) and `npm run load`.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'test', 'support', 'cli-child.ts');

/** A running server. */
export interface ServeChild {
  child: ChildProcess;
  port: number;
  /** Whether the process is still running. */
  alive(): boolean;
  /** Its resident memory in MiB, from /proc (undefined where there is no /proc). */
  rssMiB(): number | undefined;
  stop(): Promise<void>;
}

/** Starts `faultline serve --db <db>` and resolves once it listens. */
export function startServeChild(db: string): Promise<ServeChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT,
    // The server's stderr is its operator's log (internal errors land there): shown, not judged.
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
      const port = /localhost:(\d+)/.exec(output)?.[1];
      if (!port) return;
      resolve({
        child,
        port: Number(port),
        alive: () => !exited,
        rssMiB: () => rssMiB(child.pid),
        async stop() {
          if (!exited) child.kill('SIGTERM');
          await exit;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
}

function rssMiB(pid: number | undefined): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Math.round(Number(kb) / 1024);
  } catch {
    return undefined;
  }
}
