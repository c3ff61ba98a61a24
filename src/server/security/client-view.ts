import { isIP } from 'node:net';
import type { Context } from 'hono';

/** Where a request comes from and which site it was addressed to, as the security layer sees it. */
export interface ClientView {
  /** The client's address as a rate-limit key: an IPv4 address, or the /64 network of an IPv6 one. */
  address: string;
  /** The origin the browser used (scheme, host, port), for the same-origin check of writes. */
  origin: string;
  /** Whether the browser's connection is HTTPS, so cookies are marked Secure. */
  https: boolean;
}

/** The last entry of a comma-separated header: the one the nearest proxy wrote. */
function lastEntry(value: string | undefined): string | undefined {
  const entry = value?.split(',').at(-1)?.trim();
  return entry ? entry : undefined;
}

/** The address inside `[v6]:port`, `v4:port` or a bare address; undefined when it is none. */
function bareAddress(raw: string): string | undefined {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(raw);
  const candidate = bracketed?.[1] ?? (/^[\d.]+:\d+$/.test(raw) ? raw.slice(0, raw.lastIndexOf(':')) : raw);
  const unzoned = candidate.replace(/%.*$/, '');
  return isIP(unzoned) ? unzoned : undefined;
}

/** The first four groups of an IPv6 address, written out in full. */
function ipv6Network(address: string): string {
  const [head = '', tail] = address.toLowerCase().split('::');
  const groups = (part: string) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['ipv4', 'ipv4'] : [g])) : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const full = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return full
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':');
}

/**
 * A bounded rate-limit key for an address. An IPv6 client usually holds a whole /64, so that is the
 * key: otherwise each of its 2^64 addresses would start with a clean count.
 */
export function addressKey(raw: string | undefined): string | undefined {
  const address = raw === undefined ? undefined : bareAddress(raw);
  if (address === undefined) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  return isIP(address) === 4 ? address : `${ipv6Network(address)}::/64`;
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function socketAddress(c: Context): string | undefined {
  return (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
}

/**
 * How the security layer sees a request. Without `trustProxy` only the socket and the request line
 * count, whatever headers a client sends. With it, X-Forwarded-For, X-Forwarded-Proto and
 * X-Forwarded-Host are believed, each from its last entry (the one the proxy in front of us wrote;
 * earlier ones came from the client), and a missing or malformed one falls back to the direct view.
 */
export function clientView(c: Context, trustProxy: boolean): ClientView {
  const url = new URL(c.req.url);
  const direct = addressKey(socketAddress(c)) ?? 'unknown';
  if (!trustProxy) return { address: direct, origin: url.origin, https: url.protocol === 'https:' };
  const proto = lastEntry(c.req.header('x-forwarded-proto'))?.toLowerCase();
  const scheme = proto === 'https' || proto === 'http' ? proto : url.protocol.slice(0, -1);
  const forwardedHost = lastEntry(c.req.header('x-forwarded-host'));
  const host = forwardedHost !== undefined && HOST.test(forwardedHost) ? forwardedHost : url.host;
  let origin: string;
  try {
    origin = new URL(`${scheme}://${host}`).origin;
  } catch {
    origin = url.origin;
  }
  return { address: addressKey(lastEntry(c.req.header('x-forwarded-for'))) ?? direct, origin, https: scheme === 'https' };
}
