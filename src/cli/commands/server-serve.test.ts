import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main.js';

const listening = (server: Server) => new Promise<number>((done) => server.listen(0, '127.0.0.1', () => done((server.address() as { port: number }).port)));

describe('faultline serve', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'faultline-serve-')), 'serve.db');
  const errors: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    errors.length = 0;
  });
  const captureErrors = () =>
    vi.spyOn(process.stderr, 'write').mockImplementation((text: string | Uint8Array) => {
      errors.push(String(text));
      return true;
    });

  it('ends with a sentence and exit code 6 when the port is taken, naming the way to pick another', async () => {
    const other = createServer();
    const port = await listening(other);
    captureErrors();
    const code = await main(['serve', '--db', db, '--host', '127.0.0.1', '--port', String(port)]);
    other.close();
    expect(code).toBe(6);
    const said = errors.join('');
    expect(said).toContain(`port ${port} on 127.0.0.1 is already in use`);
    expect(said).toContain('PORT=N npm start');
    expect(said).not.toMatch(/EADDRINUSE|\n\s+at /);
  });

  it('refuses a port that is not a number before opening anything', async () => {
    captureErrors();
    expect(await main(['serve', '--db', db, '--port', '80a'])).toBe(2);
    expect(errors.join('')).toContain('"80a" is not a port number');
  });
});
