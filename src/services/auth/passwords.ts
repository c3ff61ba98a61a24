import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { FaultlineError } from '../../core/errors.js';

// scrypt (RFC 7914) from node:crypto: memory-hard, no native dependency. Cost 2^15, block 8, one lane
// (about 32 MiB and a few tens of milliseconds per guess); the parameters travel with each hash.
const COST_LOG2 = 15;
const BLOCK = 8;
const PARALLEL = 1;
const KEY_BYTES = 32;
const MAX_MEMORY = 256 * 1024 * 1024;

/** The shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 12;

function derive(password: string, salt: Buffer, costLog2: number, block: number, parallel: number, bytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, bytes, { N: 2 ** costLog2, r: block, p: parallel, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Hashes a password as `scrypt$logN$r$p$salt$key` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new FaultlineError('invalid_input', `password too short: at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > 1024) throw new FaultlineError('invalid_input', 'password too long: at most 1024 characters');
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST_LOG2, BLOCK, PARALLEL, KEY_BYTES);
  return ['scrypt', COST_LOG2, BLOCK, PARALLEL, salt.toString('base64url'), key.toString('base64url')].join('$');
}

// Compared against when the user does not exist, so that a wrong name costs as long as a wrong password.
let decoy: Promise<string> | undefined;

/** True when `password` matches `hash`; an absent or malformed hash never matches (and still costs a derivation). */
export async function verifyPassword(password: string, hash: string | undefined): Promise<boolean> {
  const parts = (hash ?? (await (decoy ??= hashPassword('decoy password, never matches')))).split('$');
  const [scheme, costLog2, block, parallel, salt, key] = parts;
  if (parts.length !== 6 || scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const n = Number(costLog2);
  if (!Number.isInteger(n) || n < 10 || n > 20 || expected.length < 16) return false;
  const actual = await derive(password.slice(0, 1024), Buffer.from(salt, 'base64url'), n, Number(block), Number(parallel), expected.length);
  return timingSafeEqual(actual, expected) && hash !== undefined;
}
