import type { Command } from 'commander';
import type { GlobalOptions } from '../context.js';
import { FaultlineError } from '../../core/errors.js';
import { err, out } from '../output/print.js';

/** A TCP port from --port or PORT, refused in words when it is not one. */
function portNumber(value: string): number {
  const port = Number(value);
  if (/^\d+$/.test(value) && port <= 65535) return port;
  throw new FaultlineError('invalid_input', `"${value}" is not a port number (0–65535): choose one with --port N, or PORT=N npm start`);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the web app')
    .option('--port <n>', 'port to listen on (default $PORT, else 8080; 0 picks a free one)', process.env['PORT'] ?? '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--trust-proxy', 'behind a reverse proxy: believe its X-Forwarded-For, -Proto and -Host headers (docs/security.md); ends single-user mode', false)
    .action(async (options: GlobalOptions & { port: string; host: string; trustProxy: boolean }) => {
      const [{ isLoopbackHost, serveApp }, { openStore }] = await Promise.all([import('../../server/serve.js'), import('../../composition-root.js')]);
      const port = portNumber(options.port);
      const store = await openStore(options.db);
      // Touch the database first, so a wrong location fails at start-up rather than on every request.
      await store.counts();
      if ((options.trustProxy || !isLoopbackHost(options.host)) && !(await store.hasUsers())) {
        const reach = options.trustProxy ? 'behind a proxy the server is reachable from other machines' : `${options.host} is reachable from other machines`;
        err(`warning: ${reach} and there are no users, so every request will be refused; add one with faultline users add NAME --role admin`);
      }
      const server = await serveApp(store, { port, host: options.host, trustProxy: options.trustProxy }).catch(async (error: unknown) => {
        await store.close();
        throw error;
      });
      out(`Faultline at http://localhost:${server.port} (API under /api)`);
      await new Promise<void>((resolve) => {
        const stop = () =>
          void server
            .close()
            .then(() => store.close())
            .then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
