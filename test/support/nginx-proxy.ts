// A real TLS-terminating reverse proxy for tests: Debian's nginx on a loopback port, with a
// self-signed certificate that openssl makes at test time in a temporary folder, configured as
// docs/security.md tells an operator to configure it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

/** The nginx binary (Debian puts it in /usr/sbin, which a user's PATH may lack), or undefined. */
export function findNginx(): string | undefined {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    if (spawnSync(candidate, ['-v'], { stdio: 'ignore' }).error === undefined) return candidate;
  }
  return undefined;
}

export const hasOpenssl = (): boolean => spawnSync('openssl', ['version'], { stdio: 'ignore' }).error === undefined;

/** Whether something listens on a loopback port. */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** What an HTTPS answer came with. */
export interface ProxiedAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A running nginx in front of an upstream server; the caller must stop it. */
export interface NginxProxy {
  port: number;
  /** The origin a browser would use: https://localhost:<port>. */
  origin: string;
  /** An HTTPS request through the proxy, trusting only the test's certificate, from the given loopback address. */
  fetch(path: string, init: { method?: string; headers?: Record<string, string>; body?: string; from?: string }): Promise<ProxiedAnswer>;
  stop(): Promise<void>;
}

function configuration(dir: string, port: number, upstream: number): string {
  const temp = join(dir, 'temp');
  return `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  server {
    listen 127.0.0.1:${port} ssl;
    server_name localhost;
    ssl_certificate ${join(dir, 'cert.pem')};
    ssl_certificate_key ${join(dir, 'key.pem')};
    location / {
      proxy_pass http://127.0.0.1:${upstream};
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $http_host;
    }
  }
}
`;
}

/** Starts nginx on a free loopback port, terminating TLS and passing requests to 127.0.0.1:`upstream`. */
export async function startNginxProxy(nginx: string, upstream: number): Promise<NginxProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-nginx-'));
  // Run as root, nginx's workers are `nobody`: they must be able to reach their temporary folders.
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'temp'), { mode: 0o777 });
  chmodSync(join(dir, 'temp'), 0o777);
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext'].concat([
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ]),
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`);
  const cert = readFileSync(join(dir, 'cert.pem'));
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, configuration(dir, port, upstream));
  const child: ChildProcess = spawn(nginx, ['-p', `${dir}/`, '-e', join(dir, 'error.log'), '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const log = () => stderr + (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');
  const deadline = Date.now() + 20_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start:\n${log()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const origin = `https://localhost:${port}`;
  return {
    port,
    origin,
    fetch: (path, init) =>
      new Promise((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path,
            method: init.method ?? 'GET',
            servername: 'localhost',
            ca: cert,
            agent: false,
            ...(init.from !== undefined ? { localAddress: init.from } : {}),
            headers: { host: `localhost:${port}`, ...init.headers },
          },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
          },
        );
        req.once('error', reject);
        req.end(init.body);
      }),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // SIGQUIT is nginx's graceful stop; its workers end with the master.
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
