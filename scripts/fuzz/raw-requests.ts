// Requests no HTTP client library will send, written byte by byte to the server's socket: broken
// request lines, smuggling-shaped headers, lying lengths, oversized URLs and headers. Node's own
// parser refuses some before the app sees them (a bare 400 or 431, which is fine); whatever the app
// answers must pass the same checks as every other answer.
import { connect } from 'node:net';
import type { Answer } from './verdict.js';

const body2m = '{"by":"' + 'x'.repeat(2 * 1024 * 1024) + '"}';
const chunked = (text: string) => `${text.length.toString(16)}\r\n${text}\r\n0\r\n\r\n`;

/** Each raw request, named for the report; `HOST` is replaced by the server's address. */
export const RAW_REQUESTS: Record<string, string> = {
  'NUL in the request line': 'GET /api/actors/\u0000 HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'bad percent-encoding': 'GET /api/actors/%ZZ%E0%A4 HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'dot segments': 'GET /api/../../../etc/passwd HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'encoded dot segments': 'GET /api/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'double slash': 'GET //api//session HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'absolute form': 'GET http://evil.example/api/session HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'asterisk form': 'OPTIONS * HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'HTTP/1.0 without Host': 'GET /api/session HTTP/1.0\r\n\r\n',
  'unknown method': 'BREW /api/session HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'lower-case method': 'get /api/session HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'URL of 100 KB': `GET /api/actors/${'a'.repeat(100_000)} HTTP/1.1\r\nHost: HOST\r\n\r\n`,
  'header of 64 KB': `GET /api/session HTTP/1.1\r\nHost: HOST\r\nX-Big: ${'b'.repeat(65_536)}\r\n\r\n`,
  'bearer token of raw bytes': 'GET /api/actors HTTP/1.1\r\nHost: HOST\r\nAuthorization: Bearer flt_\u00ff\u00fe.\u0080\r\n\r\n',
  'two content lengths': 'POST /api/login HTTP/1.1\r\nHost: HOST\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}',
  'length and chunked': `POST /api/login HTTP/1.1\r\nHost: HOST\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n${chunked('{}')}`,
  'broken chunk size': 'POST /api/login HTTP/1.1\r\nHost: HOST\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
  'negative length': 'POST /api/login HTTP/1.1\r\nHost: HOST\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n',
  'length longer than the body': 'POST /api/login HTTP/1.1\r\nHost: HOST\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":"a"}',
  'chunked body of 2 MiB': `POST /api/login HTTP/1.1\r\nHost: HOST\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${chunked(body2m)}`,
  'body with a GET': 'GET /api/actors HTTP/1.1\r\nHost: HOST\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{"__proto__":1}',
  'DELETE with a text body':
    'DELETE /api/account/tokens/aaaaaaaaaaaaaaaaaaaaaaaa HTTP/1.1\r\nHost: HOST\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi',
  'a write without a content type': 'POST /api/account/tokens HTTP/1.1\r\nHost: HOST\r\nContent-Length: 14\r\n\r\n{"name":"raw"}',
  'garbage instead of HTTP': '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u01fc\u0003\u0003 not http at all\r\n\r\n',
};

/** Writes one raw request and reads whatever comes back until the server closes or 3 s pass. */
export function sendRaw(port: number, raw: string): Promise<Answer & { json: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const done = () => {
      socket.destroy();
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1] ?? 0);
      const [head = '', ...rest] = received.split('\r\n\r\n');
      resolve({ status, text: rest.join('\r\n\r\n'), json: /content-type:\s*application\/json/i.test(head) });
    };
    socket.setTimeout(3_000, done);
    socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
    socket.on('end', done);
    socket.on('error', done);
    // Closing after each answer saves waiting for keep-alive to time out.
    const closing = raw.replace('Host: HOST\r\n', 'Host: HOST\r\nConnection: close\r\n');
    socket.write(Buffer.from(closing.replaceAll('HOST', `127.0.0.1:${port}`), 'latin1'));
  });
}
