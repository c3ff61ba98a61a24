import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { addressKey, clientView, type ClientView } from './client-view.js';

async function viewOf(trustProxy: boolean, url: string, headers: Record<string, string>): Promise<ClientView> {
  let seen: ClientView | undefined;
  const app = new Hono().get('*', (c) => {
    seen = clientView(c, trustProxy);
    return c.text('ok');
  });
  await app.request(url, { headers }, { incoming: { socket: { remoteAddress: '::ffff:10.0.0.5' } } });
  if (!seen) throw new Error('no view');
  return seen;
}

describe('addressKey', () => {
  it('keeps IPv4, unwraps mapped IPv4, and keys IPv6 by its /64 network', () => {
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('192.0.2.1:51234')).toBe('192.0.2.1');
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('[2001:db8::1]:443')).toBe('2001:db8:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('refuses what is not an address', () => {
    for (const raw of ['', 'unknown', 'evil.example', '1.2.3.4.5', '999.1.1.1', 'x'.repeat(500), undefined]) expect(addressKey(raw)).toBeUndefined();
  });
});

describe('clientView', () => {
  const forwarded = { 'x-forwarded-for': 'forged, 198.51.100.4', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'faultline.example.org:8443' };

  it('without a trusted proxy, reads the socket and the request line only', async () => {
    expect(await viewOf(false, 'http://127.0.0.1:8080/x', forwarded)).toEqual({ address: '10.0.0.5', origin: 'http://127.0.0.1:8080', https: false });
  });

  it('with one, believes the last entry of each forwarded header, the one the proxy wrote', async () => {
    expect(await viewOf(true, 'http://127.0.0.1:8080/x', forwarded)).toEqual({
      address: '198.51.100.4',
      origin: 'https://faultline.example.org:8443',
      https: true,
    });
    expect((await viewOf(true, 'http://127.0.0.1/x', { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'site.example:443' })).origin).toBe(
      'https://site.example',
    );
  });

  it('falls back to the direct view for missing or malformed forwarded values', async () => {
    const hostile = { 'x-forwarded-for': '198.51.100.4, not-an-address', 'x-forwarded-proto': 'gopher', 'x-forwarded-host': 'evil.example/path' };
    expect(await viewOf(true, 'http://127.0.0.1:8080/x', hostile)).toEqual({ address: '10.0.0.5', origin: 'http://127.0.0.1:8080', https: false });
    expect(await viewOf(true, 'http://127.0.0.1:8080/x', {})).toEqual({ address: '10.0.0.5', origin: 'http://127.0.0.1:8080', https: false });
  });
});
