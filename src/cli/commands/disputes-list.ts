import type { Command } from 'commander';
import { disputes, type ClaimSaying } from '../../services/queries/disputes.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson } from '../output/print.js';

const say = (c: ClaimSaying) => `${c.claim} (${c.sources.map((s) => `${s.title}, ${s.reliability}${c.credibility}`).join('; ')})${c.note ? `: ${c.note}` : ''}`;

export function registerDisputes(program: Command): void {
  program
    .command('disputes')
    .description('facts with competing claims, and what each source says')
    .option('--subject <id>', 'only this actor, relation, event or place id')
    .option('--recorded-at <instant>', 'as recorded at this instant')
    .action(async (options: GlobalOptions & { subject?: string; recordedAt?: string }) => {
      const result = await withStore(options, (store) =>
        disputes(store, { ...(options.subject ? { subject: options.subject } : {}), ...(options.recordedAt ? { recordedAt: options.recordedAt } : {}) }),
      );
      if (options.json) {
        printJson(result);
        return;
      }
      out(`${result.length} disputed fact(s)`);
      for (const d of result) {
        out(`\n${d.label}  [${d.subject}]`);
        for (const p of d.properties) {
          for (const r of p.readings) {
            out(`  ${p.property} = ${JSON.stringify(r.value)}`);
            for (const c of r.supports) out(`      supported by ${say(c)}`);
            for (const c of r.disputes) out(`      disputed by ${say(c)}`);
          }
        }
        for (const c of d.disputedBy) out(`  the whole record is disputed by ${say(c)}`);
      }
    });
}
