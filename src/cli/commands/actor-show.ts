import type { Command } from 'commander';
import { FaultlineError } from '../../core/errors.js';
import type { Store } from '../../core/store-port.js';
import type { ActorProfile } from '../../services/actor-profile.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson } from '../output/print.js';

/** Resolves what the user typed (an id, a name or an alias) to one actor id. */
export async function resolveActor(store: Store, query: string): Promise<string> {
  if (query.startsWith('actor:') && (await store.get('actor', query))) return query;
  const found = await store.searchActors(query, { limit: 10 });
  const exact = found.filter((a) => [a.name, ...(a.aliases ?? []).map((x) => x.name)].some((n) => n.toLowerCase() === query.toLowerCase()));
  const pick = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
  if (pick) return pick.id;
  if (found.length === 0) throw new FaultlineError('not_found', `actor not found: ${query}`);
  throw new FaultlineError('conflict', `"${query}" matches several actors: ${found.map((a) => a.id).join(', ')}`);
}

function renderProfile(p: ActorProfile): string {
  const lines: string[] = [];
  const marks = (ns: number[]) => (ns.length ? ` [${ns.join(', ')}]` : '');
  lines.push(`${p.actor.name}  (${p.actor.id}, ${p.actor.kind})${marks(p.footnotes)}${p.status === 'disputed' ? '  DISPUTED' : ''}`);
  if (p.actor.aliases?.length) lines.push(`Also known as: ${p.actor.aliases.map((a) => a.name).join('; ')}`);
  if (p.lifespan.summary) lines.push(`Existed: ${p.lifespan.summary}${marks(p.lifespan.footnotes)}`);
  lines.push('', p.actor.description);
  if (p.actor.notes) lines.push('', `Notes: ${p.actor.notes}`);
  for (const section of p.sections) {
    lines.push('', section.title);
    for (const s of section.statements) {
      lines.push(`  • ${s.when}: ${s.text}${marks(s.footnotes)}${s.status === 'disputed' ? '  DISPUTED' : ''}`);
      for (const d of s.disputes) lines.push(`      ${d.property} = ${JSON.stringify(d.value)}${marks(d.footnotes)}`);
    }
  }
  if (p.events.length) {
    lines.push('', 'Events');
    for (const e of p.events) {
      lines.push(`  • ${e.when}: ${e.text}${marks(e.footnotes)}${e.status === 'disputed' ? '  DISPUTED' : ''}`);
      for (const d of e.disputes) lines.push(`      ${d.property} = ${JSON.stringify(d.value)}${marks(d.footnotes)}`);
    }
  }
  if (p.notes.length) {
    lines.push('', 'Footnotes');
    for (const n of p.notes) {
      const where = n.passages.map((x) => `${x.sourceTitle} (${x.reliability}${n.credibility}), chars ${x.start}–${x.end}`).join('; ');
      lines.push(`  [${n.n}] ${n.stance === 'disputes' ? 'disputes: ' : ''}${n.note ? n.note + ' — ' : ''}${where}`);
    }
  }
  return lines.join('\n');
}

export function registerShow(program: Command): void {
  program
    .command('show')
    .description("an actor's profile with numbered footnotes to the evidence")
    .argument('<actor>', 'id, name or alias')
    .option('--recorded-at <instant>', 'as recorded at this instant')
    .action(async (query: string, options: GlobalOptions & { recordedAt?: string }) => {
      const { actorProfile } = await import('../../services/actor-profile.js');
      const profile = await withStore(options, async (store) =>
        actorProfile(store, await resolveActor(store, query), options.recordedAt ? { recordedAt: options.recordedAt } : {}),
      );
      if (options.json) printJson(profile);
      else out(renderProfile(profile));
    });
}
