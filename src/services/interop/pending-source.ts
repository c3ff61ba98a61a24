import type { Claim } from '../../core/model/claim.js';
import type { RowMessage } from './row-job.js';
import type { RowReader } from './row-reader.js';

/**
 * The source id a reading thread cites before the file's hash is known. A large export's reading
 * starts at once, in a worker that reads the file itself, while the writing thread reads, decodes and
 * hashes it too (seconds for a million rows, which the reading otherwise waited for): the rows cite
 * this placeholder, and the writer puts the real id in every message as it takes it (`citing`).
 * Sixty-four zeros pass the checks a source id must pass, and no file's SHA-256 is all zeros.
 */
export const PENDING_SOURCE = '0'.repeat(64);

const cite = (claim: Claim, source: string): Claim =>
  claim.evidence.some((e) => e.source === PENDING_SOURCE)
    ? { ...claim, evidence: claim.evidence.map((e) => (e.source === PENDING_SOURCE ? { ...e, source } : e)) }
    : claim;

/** The message with every citation of the pending source made a citation of `source`. */
export function citing(message: RowMessage, source: string): RowMessage {
  if (message.type === 'batch') {
    const { events } = message;
    const common = events.common.source === PENDING_SOURCE ? { ...events.common, source } : events.common;
    return { ...message, events: { ...events, common, kept: events.kept.map(([row, claim]) => [row, cite(claim, source)]) } };
  }
  if (message.type === 'done') {
    const proposed = message.proposed.map((p) => (p.evidence.source === PENDING_SOURCE ? { ...p, evidence: { ...p.evidence, source } } : p));
    return { ...message, proposed };
  }
  return message;
}

/** A reader whose messages cite `source` wherever the reading thread cited the pending one. */
export function citingReader(reader: RowReader, source: string): RowReader {
  const messages = reader.messages;
  return {
    ...reader,
    messages: (async function* () {
      for await (const message of messages) yield citing(message, source);
    })(),
  };
}
