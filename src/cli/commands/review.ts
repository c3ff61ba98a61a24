import type { Command } from 'commander';
import { FaultlineError } from '../../core/errors.js';
import type { Claim } from '../../core/model/claim.js';
import type { ReviewedKind } from '../../services/review/review-support.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson } from '../output/print.js';
import { actingUser } from '../acting-user.js';
import { parsePatch } from './review-patch.js';

const GRADE_HELP = 'Admiralty credibility of the information, 1 (confirmed by other sources) to 6 (cannot be judged); required: no grade is given for you';

/** `--credibility`, an integer 1–6; anything else is refused with the flag's name. */
function credibilityOf(value: string): Claim['credibility'] {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 6) throw new FaultlineError('invalid_input', `--credibility must be an integer from 1 to 6, not "${value}"`);
  return n as Claim['credibility'];
}

type ReviewFlags = GlobalOptions & { by: string };
const BY = actingUser();

function done(options: GlobalOptions, claim: Claim, verb: string): void {
  if (options.json) printJson(claim);
  else out(`${verb} ${claim.id}`);
}

export function registerReview(program: Command): void {
  const review = program.command('review').description('review proposed claims: accept, reject, edit, or merge a proposed actor or place into a recorded one');
  review
    .command('queue', { isDefault: true })
    .description('the interactive review queue (the default)')
    .option('--source <id>', 'only claims citing this source')
    .option('--by <name>', 'reviewer name recorded on each decision', BY)
    .action(async (options: ReviewFlags & { source?: string }) => {
      if (!process.stdin.isTTY || !process.stdout.isTTY)
        throw new FaultlineError('invalid_input', 'the interactive queue needs a terminal; use `faultline review list|accept|reject|edit|merge`');
      const { reviewInteractively } = await import('./review-interactive.js');
      await withStore(options, (store) => reviewInteractively(store, { by: options.by, ...(options.source ? { source: options.source } : {}) }));
    });
  review
    .command('list')
    .description('list proposed claims with their passages')
    .option('--source <id>', 'only claims citing this source')
    .option('--kind <kind>', 'actor, place, relation or event')
    .option('--limit <n>', 'at most this many', '50')
    .action(async (options: GlobalOptions & { source?: string; kind?: ReviewedKind; limit: string }) => {
      const { reviewQueue } = await import('../../services/review/review-queue.js');
      const queue = await withStore(options, (store) =>
        reviewQueue(store, {
          limit: Number(options.limit),
          ...(options.source ? { source: options.source } : {}),
          ...(options.kind ? { kind: options.kind } : {}),
        }),
      );
      if (options.json) {
        printJson(queue);
        return;
      }
      out(`${queue.total} proposed claims${queue.total > queue.items.length ? ` (showing ${queue.items.length})` : ''}`);
      for (const item of queue.items) out(`${item.claim.id}  ${item.creates ? 'new' : 'evidence'}  ${item.claim.note ?? ''}`);
    });
  review
    .command('accept')
    .argument('<claim>', 'claim id, e.g. rel:a.member-of.b#1')
    .requiredOption('--credibility <1-6>', GRADE_HELP)
    .option('--note <text>', 'your restatement of the passage')
    .option('--by <name>', 'reviewer', BY)
    .action(async (id: string, options: ReviewFlags & { credibility: string; note?: string }) => {
      const credibility = credibilityOf(options.credibility);
      const { acceptClaim } = await import('../../services/review/accept-claim.js');
      const claim = await withStore(options, (store) =>
        acceptClaim(store, id, { by: options.by, credibility, ...(options.note ? { note: options.note } : {}) }),
      );
      done(options, claim, 'accepted');
    });
  review
    .command('reject')
    .argument('<claim>', 'claim id')
    .option('--note <text>', 'why')
    .option('--by <name>', 'reviewer', BY)
    .action(async (id: string, options: ReviewFlags & { note?: string }) => {
      const { rejectClaim } = await import('../../services/review/reject-claim.js');
      const claim = await withStore(options, (store) => rejectClaim(store, id, { by: options.by, ...(options.note ? { note: options.note } : {}) }));
      done(options, claim, 'rejected');
    });
  review
    .command('edit')
    .argument('<claim>', 'claim id')
    .argument('<changes...>', 'key=value pairs, values in JSON where needed: type=allied_with valid=2016/..')
    .option('--accept', 'accept the claim once edited (with --credibility)')
    .option('--credibility <1-6>', GRADE_HELP.replace('required', 'required with --accept'))
    .option('--by <name>', 'reviewer', BY)
    .action(async (id: string, changes: string[], options: ReviewFlags & { accept?: boolean; credibility?: string }) => {
      if (options.accept && options.credibility === undefined)
        throw new FaultlineError('invalid_input', '--accept needs --credibility 1-6: no grade is given for you');
      const credibility = options.credibility === undefined ? undefined : credibilityOf(options.credibility);
      const { editClaim } = await import('../../services/review/edit-claim.js');
      const claim = await withStore(options, (store) =>
        editClaim(store, id, parsePatch(changes), { by: options.by, accept: options.accept === true, ...(credibility ? { credibility } : {}) }),
      );
      done(options, claim, options.accept ? 'edited and accepted' : 'edited');
    });
  review
    .command('merge')
    .argument('<claim>', 'claim proposing a new actor or place')
    .argument('<record>', 'the recorded actor or place it is, e.g. actor:msa or place:boni')
    .requiredOption('--credibility <1-6>', GRADE_HELP)
    .option('--by <name>', 'reviewer', BY)
    .action(async (id: string, into: string, options: ReviewFlags & { credibility: string }) => {
      const credibility = credibilityOf(options.credibility);
      const { mergeProposal } = await import('../../services/review/merge-proposal.js');
      const result = await withStore(options, (store) => mergeProposal(store, id, into, { by: options.by, credibility }));
      if (options.json) printJson(result);
      else out(`merged ${id} into ${into}; ${result.claims.length - 1} proposals now point at it`);
    });
}
