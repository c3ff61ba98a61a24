// A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, pg_ctl start on 127.0.0.1,
// one fresh database per test, everything removed on stop. Skips loudly when PostgreSQL is missing,
// and fails instead when $CI is set, so that nothing is silently skipped in CI.
import { spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { freePort } from './free-port.js';

const SUPERUSER = 'faultline';

/** The folder holding initdb, pg_ctl and postgres, or undefined when PostgreSQL is not installed. */
export function findPostgresBin(): string | undefined {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return undefined;
}

/** Who runs the server: PostgreSQL refuses to run as root, so root hands it to the `postgres` user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:') || l.startsWith('nobody:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) throw new Error('running as root and no postgres user to run the test cluster');
  return { uid: Number(uid), gid: Number(gid) };
}

function run(bin: string, args: string[], options: { cwd: string; user: { uid: number; gid: number } | undefined }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env['PATH'] ?? '', LANG: 'C', LC_ALL: 'C', TZ: 'UTC' },
      ...(options.user ?? {}),
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${bin} ${args.join(' ')} exited ${code}:\n${output}`))));
  });
}

/** A running throwaway cluster. */
export interface PostgresCluster {
  /** Connection string for a database of this cluster. */
  url(database: string): string;
  /** Creates an empty database and returns its connection string. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** Starts a cluster on a free loopback port; the caller must stop it. */
export async function startPostgresCluster(bin: string): Promise<PostgresCluster> {
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'faultline-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const port = await freePort();
  await run(join(bin, 'initdb'), ['-D', data, '-U', SUPERUSER, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'], { cwd: dir, user });
  const settings = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses='127.0.0.1'", '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'];
  await run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', settings.join(' '), '-w', '-t', '60', 'start'], { cwd: dir, user });
  const url = (database: string) => `postgres://${SUPERUSER}@127.0.0.1:${port}/${database}`;
  let databases = 0;
  return {
    url,
    async createDatabase() {
      const name = `t${process.pid}_${++databases}`;
      const admin = new pg.Client({ connectionString: url('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    async stop() {
      try {
        await run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], { cwd: dir, user });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Registers a suite that needs PostgreSQL: starts a cluster before it and stops it after. Without
 * PostgreSQL the suite is skipped with a loud warning, or fails when $CI is set.
 */
export function describeWithPostgres(name: string, body: (cluster: () => PostgresCluster) => void): void {
  const bin = findPostgresBin();
  if (!bin) {
    const banner = '!'.repeat(78);
    process.stderr.write(
      `\n${banner}\n!! PostgreSQL is not installed: SKIPPING "${name}".\n!! Install it (apt-get install postgresql) or set PG_BIN to its bin folder.\n${banner}\n\n`,
    );
    if (process.env['CI']) {
      describe(name, () => {
        it('needs PostgreSQL, which CI must install (.ci/run)', () => {
          throw new Error('PostgreSQL (initdb, pg_ctl) not found and $CI is set: refusing to skip');
        });
      });
    } else {
      describe.skip(name, () => body(() => undefined as never));
    }
    return;
  }
  describe(name, () => {
    let cluster: PostgresCluster | undefined;
    beforeAll(async () => {
      cluster = await startPostgresCluster(bin);
    });
    afterAll(async () => {
      await cluster?.stop();
    });
    body(() => {
      if (!cluster) throw new Error('the PostgreSQL test cluster did not start');
      return cluster;
    });
  });
}
