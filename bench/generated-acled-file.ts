// A generated ACLED file of `rows` rows in the temporary folder, written once and reused by the PostgreSQL
// import benches (so that rounds and the code before and after read the same bytes).
import { createWriteStream, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateAcledCsv } from '../src/interop/acled/generate-acled.js';

export async function generatedAcledFile(rows: number): Promise<string> {
  const file = join(tmpdir(), `faultline-pg-paths-${rows}.csv`);
  if (existsSync(file)) return file;
  const out = createWriteStream(file);
  for (const chunk of generateAcledCsv(rows)) if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
  return file;
}
