import { checkReferences } from '../../core/dataset/check-references.js';
import { RECORD_KINDS, type RecordKind } from '../../core/dataset/kinds.js';
import { FaultlineError } from '../../core/errors.js';
import type { Change, Store, WriteSummary } from '../../core/store-port.js';
import { consistentBatches } from '../durability/consistent-batches.js';
import { evidenceIssues } from './evidence-issues.js';
import { readDataset } from './read-dataset.js';
import { retireMissing, type Retired } from './retire-missing.js';

/**
 * Loads a dataset folder: validates everything first and writes nothing unless all of it is valid
 * (every problem reported as file:line:field), evidence included against the texts the database has
 * registered (E1); then writes it in one transaction. Loading the same folder twice changes nothing.
 */
export async function loadDataset(
  store: Store,
  dir: string,
  options: { by: string; batchSize?: number; retireMissing?: boolean },
): Promise<WriteSummary & { retired?: Retired }> {
  const { records, issues } = readDataset(dir);
  const existing = new Map<RecordKind, Set<string>>();
  for (const kind of RECORD_KINDS) existing.set(kind, new Set((await store.list(kind)).map((r) => r.id)));
  const supportedInStore = new Set((await store.claims({ statuses: ['accepted'] })).filter((c) => c.stance === 'supports').map((c) => c.subject));
  const references = checkReferences(records, {
    known: (kind, id) => existing.get(kind)?.has(id) ?? false,
    supported: (subject) => supportedInStore.has(subject),
  });
  // Loops, not push(...): a dataset with a problem on each of a million lines would overflow the stack.
  for (const issue of references) issues.push(issue);
  for (const issue of await evidenceIssues(store, records.claim)) issues.push(issue);
  if (issues.length > 0) {
    throw new FaultlineError('dataset_invalid', `${dir}: ${issues.length} problem(s); nothing was loaded`, { issues });
  }
  const changes: Change[] = RECORD_KINDS.flatMap((kind) => records[kind].map((at) => ({ kind, record: at.record }) as Change));
  if (options.retireMissing) {
    const listed = new Map(RECORD_KINDS.map((kind) => [kind, new Set(records[kind].map((at) => at.record.id))] as const));
    const sources = listed.get('source') ?? new Set<string>();
    // One unit where the store allows it: the new versions and the retirements stand or fall together.
    const run = async () => {
      const summary = await store.write(changes, { by: options.by, trusted: true });
      return { ...summary, retired: await retireMissing(store, listed, sources, options.by) };
    };
    return store.bulk(changes.length, run);
  }
  // Every record was parsed by its schema above, so the store need not validate it again.
  if (!options.batchSize) return store.write(changes, { by: options.by, trusted: true });
  // Resumable: each batch commits alone and leaves the database consistent (docs/security.md).
  const total: WriteSummary = { inserted: 0, updated: 0, unchanged: 0, recordedAt: '' };
  for (const batch of consistentBatches(changes, options.batchSize)) {
    const summary = await store.write(batch, { by: options.by, trusted: true });
    total.inserted += summary.inserted;
    total.updated += summary.updated;
    total.unchanged += summary.unchanged;
    total.recordedAt ||= summary.recordedAt;
  }
  return total;
}
