/** The record kinds of a dataset, in the order they load (referenced kinds before referring ones). */
export const RECORD_KINDS = ['source', 'actor', 'place', 'relation', 'event', 'claim'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const DATASET_FILES: Record<RecordKind, string> = {
  source: 'sources.jsonl',
  actor: 'actors.jsonl',
  place: 'places.jsonl',
  relation: 'relations.jsonl',
  event: 'events.jsonl',
  claim: 'claims.jsonl',
};
