import type { Command } from 'commander';
import type { PlaceProfile } from '../../services/queries/place-profile.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson } from '../output/print.js';

const marks = (ns: readonly number[]) => (ns.length ? ` [${ns.join(', ')}]` : '');
const disputed = (status: string) => (status === 'disputed' ? '  DISPUTED' : '');

/** The place page as text: the same profile the web page and `GET /places/:id/profile` show. */
function renderPlace(p: PlaceProfile): string {
  const { place, events } = p;
  const lines: string[] = [`${place.name}  (${place.id}, ${place.kind})${marks(p.footnotes)}`];
  if (p.parents.length)
    lines.push(
      `In: ${[...p.parents]
        .reverse()
        .map((x) => x.name)
        .join(', ')}`,
    );
  if (place.aliases?.length) lines.push(`Also known as: ${place.aliases.map((a) => a.name).join('; ')}`);
  if (place.coordinates) lines.push(`Point: ${place.coordinates[1]} N, ${place.coordinates[0]} E${place.precision ? ` (${place.precision})` : ''}`);
  if (place.description) lines.push('', place.description);
  if (p.children.length) lines.push('', `Places inside: ${p.children.map((c) => `${c.name} (${c.events})`).join(', ')}`);
  const toll = events.total - events.tollUnknown;
  lines.push(
    '',
    `Events here and inside: ${events.total}; fatalities best ${events.fatalities.best} (low ${events.fatalities.low}, high ${events.fatalities.high}) in ${toll} with a toll, ${events.tollUnknown} without`,
  );
  for (const y of events.byYear)
    lines.push(`  ${y.key}  ${String(y.events).padStart(4)} events  ${String(y.fatalities.best).padStart(5)} deaths  ${y.tollUnknown} without a toll`);
  for (const section of p.presence) {
    lines.push('', section.title);
    for (const s of section.statements) {
      lines.push(`  • ${s.when}: ${s.text}${marks(s.footnotes)}${disputed(s.status)}`);
      for (const d of s.disputes) lines.push(`      ${d.property} = ${JSON.stringify(d.value)}${marks(d.footnotes)}`);
    }
  }
  if (events.list.length) {
    lines.push('', events.total > events.list.length ? `Events (the latest ${events.list.length})` : 'Events');
    for (const e of events.list) lines.push(`  • ${e.when}: ${e.text}${marks(e.footnotes)}${disputed(e.status)}`);
  }
  if (p.sources.length) {
    lines.push('', 'Sources');
    for (const s of p.sources) lines.push(`  ${s.title}${s.date ? ` (${s.date})` : ''}, ${s.reliability}: ${s.claims} claims`);
  }
  if (p.notes.length) {
    lines.push('', 'Footnotes');
    for (const n of p.notes) {
      const where = n.passages.map((x) => `${x.sourceTitle} (${x.reliability}${n.credibility}), chars ${x.start}–${x.end}`).join('; ');
      lines.push(`  [${n.n}] ${n.stance === 'disputes' ? 'disputes: ' : ''}${n.note ? `${n.note} — ` : ''}${where}`);
    }
  }
  return lines.join('\n');
}

export function registerPlace(program: Command): void {
  program
    .command('place')
    .description("a place's profile: where it lies, events there by year, who held it or operated there, with footnotes")
    .argument('<place>', 'id, name or alias')
    .option('--recorded-at <instant>', 'as recorded at this instant')
    .action(async (query: string, options: GlobalOptions & { recordedAt?: string }) => {
      const [{ placeProfile }, { resolvePlace }] = await Promise.all([
        import('../../services/queries/place-profile.js'),
        import('../../services/queries/place-names.js'),
      ]);
      const read = options.recordedAt ? { recordedAt: options.recordedAt } : {};
      const profile = await withStore(options, async (store) => placeProfile(store, resolvePlace(query, await store.list('place', read)), read));
      if (options.json) printJson(profile);
      else out(renderPlace(profile));
    });
}
