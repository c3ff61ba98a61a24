import type { Change } from '../../core/store-port.js';
import type { RowMessage } from './row-job.js';
import type { RowReader } from './row-reader.js';

type Batch = Extract<RowMessage, { type: 'batch' }>;

/** A reader's messages, each batch received while the one before it is written. */
export interface PipelinedBatches<T> {
  /** The next message, with what `make` made of it if it arrived during the last write. */
  next(): Promise<{ message: RowMessage; made: T | undefined }>;
  /** Waits for a batch's write; meanwhile takes the next message, makes its changes and announces them. Then tells the reader. */
  writing(write: Promise<void>): Promise<void>;
}

/**
 * Overlaps the writing of one batch with receiving the next: without it the writing thread took
 * turns with the database, making a batch's changes (parsing its events, building its claims, then
 * the store's canonical bodies, index keys and COPY rows) while the server waited, and waiting while
 * the server stored them. Now the next batch's changes are made as soon as it arrives and announced
 * to the store (`Store.prepareAhead`), which prepares them between the replies of the current write.
 * The reader is told a batch is written only once its write ends, as before: the reading thread
 * reads ahead by a few batches, and a lookahead never waits on that telling, so neither side can
 * wait for the other.
 */
export function pipelined<T extends { changes: Change[] }>(
  reader: RowReader,
  make: (batch: Batch) => T,
  announce: (changes: Change[]) => void,
): PipelinedBatches<T> {
  const iterator = reader.messages[Symbol.asyncIterator]();
  const receive = async () => {
    const result = await iterator.next();
    if (result.done) throw new Error('the reading of the export ended without a result');
    const message = result.value;
    if (message.type !== 'batch') return { message, made: undefined };
    const made = make(message);
    announce(made.changes);
    return { message, made };
  };
  let ahead: ReturnType<typeof receive> | undefined;
  return {
    next: () => {
      const received = ahead ?? receive();
      ahead = undefined;
      return received;
    },
    writing: async (write) => {
      ahead = receive();
      // Seen by `next`; a lookahead left behind by a failed write must not be an unhandled rejection.
      ahead.catch(() => undefined);
      await write;
      reader.written();
    },
  };
}
