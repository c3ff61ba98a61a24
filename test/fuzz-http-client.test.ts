// The fuzz's HTTP client (scripts/fuzz/targets.ts) must not blame the server for a refusal it could not
// read: a server may refuse a body over the API's limit unread and close the connection while the
// client is still writing (CI saw it once). Only a body over that limit is read as refused; any other
// broken connection stays a failure.
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { viaHttp } from '../scripts/fuzz/targets.js';
import { judge } from '../scripts/fuzz/verdict.js';
import { DEFAULT_MAX_BODY_BYTES } from '../src/server/security/secure-api.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A server that resets every connection once the request's head has arrived, answering nothing. */
function resettingServer(): Promise<number> {
  server = createServer((socket: Socket) => {
    let head = '';
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (head.includes('\r\n\r\n')) socket.resetAndDestroy();
    });
    socket.on('error', () => undefined);
  });
  return new Promise((resolve) => server!.listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port)));
}

describe('the fuzz over HTTP, when the connection breaks', () => {
  it('reads a body over the limit as refused (413), and does not judge the unread answer', async () => {
    const port = await resettingServer();
    const url = `http://127.0.0.1:${port}/api/views/x`;
    const answer = await viaHttp(new Request(url, { method: 'PATCH', body: 'x'.repeat(DEFAULT_MAX_BODY_BYTES * 4) }));
    expect(answer).toMatchObject({ status: 413, unread: true });
    expect(judge({ method: 'PATCH', url: '/api/views/x' }, answer, [])).toEqual([]);
  });

  it('still fails a small request the server never answered', async () => {
    const port = await resettingServer();
    const answer = await viaHttp(new Request(`http://127.0.0.1:${port}/api/views/x`, { method: 'PATCH', body: '{}' }));
    expect(answer.status).toBe(0);
    expect(judge({ method: 'PATCH', url: '/api/views/x' }, answer, [])).toContainEqual(expect.stringMatching(/^no answer/));
  });
});
