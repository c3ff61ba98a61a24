import { input, search, select } from '@inquirer/prompts';
import type { Store } from '../../core/store-port.js';
import { isFaultlineError } from '../../core/errors.js';
import type { Claim } from '../../core/model/claim.js';
import { CLAIM_CREDIBILITY } from '../../core/vocab/admiralty.js';
import { search as searchRecords } from '../../services/queries/search.js';
import { acceptClaim } from '../../services/review/accept-claim.js';
import { editClaim } from '../../services/review/edit-claim.js';
import { mergeProposal } from '../../services/review/merge-proposal.js';
import { rejectClaim } from '../../services/review/reject-claim.js';
import { reviewQueue, type ReviewItem } from '../../services/review/review-queue.js';
import { out } from '../output/print.js';
import { parsePatch } from './review-patch.js';

const bold = (s: string) => `\u001b[1m${s}\u001b[22m`;
const dim = (s: string) => `\u001b[2m${s}\u001b[22m`;
const flat = (s: string) => s.replace(/\s+/g, ' ');

function show(item: ReviewItem, position: number, total: number): void {
  out('');
  out(bold(`[${position}/${total}] ${item.claim.id}`) + dim(`  ${item.creates ? 'creates a new record' : 'adds evidence to a recorded one'}`));
  out(`  ${item.claim.note ?? ''}`);
  if (item.claim.value) out(`  proposes ${JSON.stringify(item.claim.value)}`);
  if (item.kind === 'place' && item.creates && item.claim.value?.['country'] === undefined)
    out(bold('  the text gives no country: choose "edit, then accept" and give country=ML (or BF, NE…), or merge it'));
  if (item.passage) {
    out(dim(`  ${item.passage.title} [${item.passage.start}–${item.passage.end}]`));
    out(`  …${dim(flat(item.passage.before))}${bold(flat(item.passage.text))}${dim(flat(item.passage.after))}…`);
  }
}

/** The terminal review queue: one proposed claim at a time, passage in context, one decision each. */
export async function reviewInteractively(store: Store, options: { by: string; source?: string }): Promise<void> {
  const skipped = new Set<string>();
  for (;;) {
    const queue = await reviewQueue(store, { limit: 500, ...(options.source ? { source: options.source } : {}) });
    const pending = queue.items.filter((i) => !skipped.has(i.claim.id));
    const item = pending[0];
    if (!item) {
      out(queue.total === 0 ? 'nothing to review' : `done: ${skipped.size} skipped`);
      return;
    }
    show(item, queue.total - pending.length + 1, queue.total);
    const choices = [
      { name: 'accept', value: 'accept' },
      { name: 'reject', value: 'reject' },
      { name: 'edit, then accept', value: 'edit' },
      ...((item.kind === 'actor' || item.kind === 'place') && item.creates ? [{ name: `merge into a recorded ${item.kind}`, value: 'merge' }] : []),
      { name: 'skip', value: 'skip' },
      { name: 'quit', value: 'quit' },
    ];
    const action = await select({ message: 'decision', choices });
    try {
      if (action === 'quit') return;
      if (action === 'skip') skipped.add(item.claim.id);
      if (action === 'accept') await acceptClaim(store, item.claim.id, { by: options.by, credibility: await gradeOf() });
      if (action === 'reject') await rejectClaim(store, item.claim.id, { by: options.by, ...(await noteOf()) });
      if (action === 'edit') {
        const pairs = await input({ message: 'changes as key=value, separated by spaces (JSON values where needed)' });
        await editClaim(store, item.claim.id, parsePatch(pairs.split(/\s+(?=[\w.]+=)/).filter(Boolean)), {
          by: options.by,
          accept: true,
          credibility: await gradeOf(),
        });
      }
      if (action === 'merge') {
        const target = await search({ message: `merge into which ${item.kind}?`, source: async (term) => (term ? matches(store, item.kind, term) : []) });
        await mergeProposal(store, item.claim.id, target, { by: options.by, credibility: await gradeOf() });
      }
    } catch (error) {
      if (!isFaultlineError(error)) throw error;
      out(`cannot do that: ${error.message} [${error.code}]`);
      skipped.add(item.claim.id);
    }
  }
}

/** Recorded actors, or recorded places, whose name or an alias holds the term. */
async function matches(store: Store, kind: ReviewItem['kind'], term: string): Promise<{ name: string; value: string }[]> {
  const found = kind === 'place' ? (await searchRecords(store, term, { limit: 10 })).places : await store.searchActors(term, { limit: 10 });
  return found.map((r) => ({ name: `${r.name} (${r.id})`, value: r.id }));
}

/** The credibility the reviewer gives the information: asked every time, never defaulted. */
async function gradeOf(): Promise<Claim['credibility']> {
  const choices = Object.entries(CLAIM_CREDIBILITY).map(([grade, label]) => ({ name: `${grade}: ${label}`, value: Number(grade) as Claim['credibility'] }));
  return select({ message: 'credibility of the information', choices });
}

async function noteOf(): Promise<{ note?: string }> {
  const note = await input({ message: 'why (optional)' });
  return note.trim() ? { note: note.trim() } : {};
}
