import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import pgCopy from 'pg-copy-streams';

/**
 * Streams the lines that `line` makes of `items` (as parts; undefined: none) to a COPY … FROM STDIN,
 * written as they are sent into buffers of about 64 KB: building each line as a string and then each
 * chunk from them made more garbage on the main thread than the rest of a write.
 */
export async function copy<T>(client: pg.PoolClient, sql: string, items: readonly T[], line: (item: T) => readonly string[] | undefined): Promise<void> {
  await pipeline(Readable.from(chunks(items, line)), client.query(pgCopy.from(sql)));
}

const CHUNK = 1 << 16;

function* chunks<T>(items: readonly T[], line: (item: T) => readonly string[] | undefined): Generator<Buffer> {
  let buffer = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  for (const item of items) {
    for (const part of line(item) ?? []) {
      // UTF-8 takes at most three bytes per UTF-16 unit.
      if (used + 3 * part.length > buffer.length) {
        if (used > 0) yield buffer.subarray(0, used);
        buffer = Buffer.allocUnsafe(Math.max(CHUNK, 3 * part.length));
        used = 0;
      }
      used += buffer.write(part, used);
    }
  }
  if (used > 0) yield buffer.subarray(0, used);
}
