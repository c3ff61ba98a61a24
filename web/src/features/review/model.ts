import { humanise } from '../../vocab/labels.js';
import { describeValue, propertyLabel } from '../actor/model.js';
import { describeFatalities } from '../map/model.js';
import type { ConflictEvent } from '../map/api.js';

type Fatalities = NonNullable<ConflictEvent['fatalities']>;
import type { ReviewItem } from './api.js';

export const KIND_LABELS: Record<ReviewItem['kind'], string> = { actor: 'Actor', place: 'Place', relation: 'Relation', event: 'Event' };

/** A one-line name for a proposal: the proposed name, or the claim's own summary. */
export function titleOf(item: ReviewItem, names: ReadonlyMap<string, string>): string {
  const value = item.claim.value ?? {};
  if (typeof value['name'] === 'string') return value['name'];
  if (item.claim.note) return item.claim.note;
  return names.get(item.claim.subject) ?? item.claim.subject;
}

/** Names for ids: recorded actors and places, plus actors that are themselves still proposals. */
export function namesWithProposals(base: ReadonlyMap<string, string>, items: readonly ReviewItem[]): Map<string, string> {
  const names = new Map(base);
  for (const item of items) {
    const name = item.claim.value?.['name'];
    if (typeof name === 'string' && !names.has(item.claim.subject)) names.set(item.claim.subject, `${name} (proposed)`);
  }
  return names;
}

/** A proposed actor or place, not yet recorded, may be merged into a recorded one instead of being accepted. */
export const isMergeable = (item: ReviewItem): item is ReviewItem & { kind: 'actor' | 'place' } =>
  (item.kind === 'actor' || item.kind === 'place') && item.creates;

/** A place read from the text alone whose text gives no country: the reviewer must choose one before accepting. */
export const needsCountry = (item: ReviewItem): boolean => item.kind === 'place' && item.creates && item.claim.value?.['country'] === undefined;

export type FieldShape = 'text' | 'long' | 'number' | 'json';

export interface Field {
  key: string;
  shape: FieldShape;
  /** The text the input starts with. */
  initial: string;
  /** What an empty field expects, shown inside it. */
  hint?: string;
}

const LONG = new Set(['description', 'note']);
/** What the extractor leaves for the reviewer on a new place: offered as empty fields, so they can be filled in. */
const PLACE_BLANKS: Record<string, string> = {
  country: 'ISO 3166-1 alpha-2 code: ML, BF, NE…',
  parent: 'a recorded place id: place:mopti-region',
  coordinates: '[longitude, latitude], e.g. [-1.92, 15.28]',
};

/** JSON to edit by hand: one line per list item, so participants read as rows. */
function formatJson(value: unknown): string {
  if (Array.isArray(value) && value.length > 0) return `[\n${value.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]`;
  const line = JSON.stringify(value);
  return line.length <= 80 ? line : JSON.stringify(value, null, 2);
}

/** What a reviewer may edit: the proposed values, over the recorded record's when the record exists. */
export function editableFields(item: ReviewItem): Field[] {
  const recorded = (item.recorded ?? {}) as Record<string, unknown>;
  const base: Record<string, unknown> = { ...recorded, ...(item.claim.value ?? {}) };
  delete base['id'];
  // Left empty at the top, country first: what the reviewer must or may add before accepting.
  const blanks = item.kind === 'place' && item.creates ? Object.entries(PLACE_BLANKS).filter(([key]) => !(key in base)) : [];
  const empty = blanks.map(([key, hint]) => ({ key, shape: key === 'coordinates' ? ('json' as const) : ('text' as const), initial: '', hint }));
  const given = Object.entries(base)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => {
      if (typeof value === 'number') return { key, shape: 'number' as const, initial: String(value) };
      if (typeof value === 'string') return { key, shape: LONG.has(key) ? ('long' as const) : ('text' as const), initial: value };
      return { key, shape: 'json' as const, initial: formatJson(value) };
    });
  return [...empty, ...given];
}

export type PatchResult = { ok: true; value: Record<string, unknown> } | { ok: false; errors: Record<string, string> };

/** The changed fields as a patch: empty text removes a property (null), JSON fields must parse. */
export function buildPatch(fields: readonly Field[], drafts: Readonly<Record<string, string>>): PatchResult {
  const value: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const draft = drafts[field.key] ?? field.initial;
    if (draft === field.initial) continue;
    if (draft.trim() === '') {
      value[field.key] = null;
      continue;
    }
    if (field.shape === 'number') {
      const n = Number(draft);
      if (Number.isFinite(n)) value[field.key] = n;
      else errors[field.key] = 'expected a number';
    } else if (field.shape === 'json') {
      try {
        value[field.key] = JSON.parse(draft) as unknown;
      } catch {
        errors[field.key] = 'expected JSON, as shown when the form opened';
      }
    } else value[field.key] = draft.trim();
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

const PLACE_PRECISIONS: Record<number, string> = { 1: 'at the place named', 2: 'near the place', 3: 'somewhere in the wider region' };

const LABELS: Record<string, string> = {
  placePrecision: 'Place precision',
  aliases: 'Other names',
  parent: 'Within',
  coordinates: 'Coordinates',
  country: 'Country',
};

/** A property's name for reading: `placePrecision` → `Place precision`. */
export const labelOf = (key: string): string => LABELS[key] ?? (propertyLabel(key) === key ? humanise(key) : propertyLabel(key));

/** A proposed value in words, naming ids; fatalities as reported (`at least 15`). */
export function describe(key: string, value: unknown, names: ReadonlyMap<string, string>): string {
  if (key === 'type' && typeof value === 'string') return humanise(value);
  if (key === 'placePrecision' && typeof value === 'number') return `${PLACE_PRECISIONS[value] ?? 'precision'} (${value})`;
  if (key === 'fatalities' && value !== null && typeof value === 'object') return describeFatalities(value as Fatalities) ?? 'none';
  return describeValue(key, value, names);
}
