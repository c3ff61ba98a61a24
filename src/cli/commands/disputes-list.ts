import type { Command } from 'commander';
import type { ClaimSaying } from '../../services/queries/disputes.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson } from '../output/print.js';

const VOICE = { alleges: 'alleged by', claims: 'claimed by', denies: 'denied by' } as const;
const say = (c: ClaimSaying) =>
  `${c.claim}${c.voice ? ` [${VOICE[c.voice.says]} ${c.voice.name}]` : ''} (${c.sources.map((s) => `${s.title}, ${s.reliability}${c.credibility}`).join('; ')})${c.note ? `: ${c.note}` : ''}`;

export function registerDisputes(program: Command): void {
  program
    .command('disputes')
    .description('facts whose sources contradict each other, and what each source says (R1–R5)')
    .option('--subject <id>', 'only this id; an actor also brings the ties it is an end of and the events it takes part in')
    .option('--all', 'also readings that only differ in precision (refinements) or by less than it (near misses)')
    .option('--recorded-at <instant>', 'as recorded at this instant')
    .action(async (options: GlobalOptions & { subject?: string; all?: boolean; recordedAt?: string }) => {
      const { disputes } = await import('../../services/queries/disputes.js');
      const result = await withStore(options, (store) =>
        disputes(store, {
          ...(options.subject ? { subject: options.subject } : {}),
          ...(options.all ? { all: true } : {}),
          ...(options.recordedAt ? { recordedAt: options.recordedAt } : {}),
        }),
      );
      if (options.json) {
        printJson(result);
        return;
      }
      out(`${result.length} ${options.all ? 'fact(s) whose sources differ' : 'disputed fact(s)'}`);
      for (const d of result) {
        out(`\n${d.label}  [${d.subject}]  contested weight ${d.weight}`);
        for (const p of d.properties) {
          out(`  ${p.property}: ${p.difference.replace('_', ' ')}`);
          for (const r of p.readings) {
            out(
              `  ${p.property} = ${JSON.stringify(r.value)}   weight ${r.weight.score} (${r.weight.independent} independent of ${r.weight.sources} documents, best ${r.weight.strongest}${r.weight.latest ? `, latest ${r.weight.latest}` : ''})`,
            );
            for (const c of r.supports) out(`      supported by ${say(c)}`);
            for (const c of r.disputes) out(`      disputed by ${say(c)}`);
          }
        }
        if (d.disputedBy.length > 0) {
          out(`  the record as a whole: for it weight ${d.supportedWeight?.score ?? 0}, against it weight ${d.disputedWeight?.score ?? 0}`);
          for (const c of d.supportedBy ?? []) out(`      supported by ${say(c)}`);
          for (const c of d.disputedBy) out(`      disputed by ${say(c)}`);
        }
      }
    });
}
