import { NotFoundError } from '../../core/errors.js';
import type { Claim } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';
import { CodePointIndex } from '../../core/text/normalise.js';
import { kindOfSubject, type ReviewedKind } from './review-support.js';

/** A proposed claim as a reviewer sees it: what it asserts and the passage around its evidence. */
export interface ReviewItem {
  claim: Claim;
  kind: ReviewedKind;
  /** True when accepting creates the record; false when it adds evidence to a recorded one. */
  creates: boolean;
  /** The record as it stands, for proposals about recorded subjects. */
  recorded?: unknown;
  passage?: { source: string; title: string; start: number; end: number; before: string; text: string; after: string };
}

export interface QueueOptions {
  limit?: number;
  offset?: number;
  source?: string;
  kind?: ReviewedKind;
  /** Characters of context on each side of the passage. */
  context?: number;
}

/** Proposed claims in a stable order (by source, then position), with their passages in context. */
export async function reviewQueue(store: Store, options: QueueOptions = {}): Promise<{ total: number; items: ReviewItem[] }> {
  const all = (await store.claims({ statuses: ['proposed'] }))
    .filter((c) => !options.source || c.evidence.some((e) => e.source === options.source))
    .filter((c) => !options.kind || kindOfSubject(c.subject) === options.kind)
    .sort(
      (a, b) =>
        (a.evidence[0]?.source ?? '').localeCompare(b.evidence[0]?.source ?? '') ||
        (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) ||
        a.id.localeCompare(b.id),
    );
  const page = all.slice(options.offset ?? 0, (options.offset ?? 0) + (options.limit ?? 50));
  const texts = new Map<string, CodePointIndex | undefined>();
  const items: ReviewItem[] = [];
  for (const claim of page) items.push(await itemOf(store, claim, texts, options.context ?? 200));
  return { total: all.length, items };
}

/** One claim as a review item, whatever its status. */
export async function reviewItem(store: Store, id: string, context = 200): Promise<ReviewItem> {
  const claim = await store.get('claim', id);
  if (!claim) throw new NotFoundError('claim', id);
  return itemOf(store, claim, new Map(), context);
}

async function itemOf(store: Store, claim: Claim, texts: Map<string, CodePointIndex | undefined>, context: number): Promise<ReviewItem> {
  const kind = kindOfSubject(claim.subject);
  const recorded = await store.get(kind, claim.subject);
  const evidence = claim.evidence[0];
  let passage: ReviewItem['passage'];
  if (evidence) {
    if (!texts.has(evidence.source)) {
      const text = await store.getSourceText(evidence.source);
      texts.set(evidence.source, text === undefined ? undefined : new CodePointIndex(text));
    }
    const index = texts.get(evidence.source);
    const source = await store.get('source', evidence.source);
    if (index) {
      passage = {
        source: evidence.source,
        title: source?.title ?? evidence.source.slice(0, 12),
        start: evidence.start,
        end: evidence.end,
        before: index.slice(Math.max(0, evidence.start - context), evidence.start),
        text: index.slice(evidence.start, evidence.end),
        after: index.slice(evidence.end, Math.min(index.length, evidence.end + context)),
      };
    }
  }
  return { claim, kind, creates: recorded === undefined, ...(recorded ? { recorded } : {}), ...(passage ? { passage } : {}) };
}
