import { FaultlineError, type Issue } from '../../core/errors.js';
import type { Claim, Evidence } from '../../core/model/claim.js';
import type { Relation } from '../../core/model/relation.js';
import type { Change, Store } from '../../core/store-port.js';
import type { RelationType } from '../../core/vocab/relation-types.js';
import { RELATION_TYPES } from '../../core/vocab/relation-types.js';
import { rowEvidence } from '../../interop/acled/acled-records.js';
import { countryCode } from '../../interop/countries.js';
import { UCDP_METHOD } from '../../interop/ucdp/ged-records.js';
import { parseUcdpActorList, type UcdpActorRow } from '../../interop/ucdp/parse-actor-list.js';
import { relationId } from '../ingest/build-proposals.js';
import type { ImportOptions, ImportSummary } from './import-options.js';
import { ActorNameIndex } from '../../interop/actor-names.js';
import { actorMapping, readImportedFile } from './import-source.js';
import { indexedActors } from './indexed-actors.js';
import { UCDP_SOURCE_META } from './import-ucdp.js';
import { ProposedNames } from './proposed-actors.js';
import { writeInBatches } from './write-batches.js';

interface Tie {
  type: RelationType;
  from: string;
  to: string;
  evidence: Evidence;
}

/**
 * Imports the UCDP actor list: names resolve to recorded actors (or are proposed), and each row's
 * splinter, alliance and joined-group fields become relations of unknown dates (`/`): accepted when both
 * ends are recorded actors, proposed for review otherwise.
 */
export async function importUcdpActors(store: Store, file: string, options: ImportOptions): Promise<ImportSummary> {
  // UCDP publishes the actor list in Windows-1252, its other datasets in UTF-8.
  const imported = await readImportedFile(
    store,
    file,
    { ...UCDP_SOURCE_META, title: `UCDP actor list ${file.split(/[\\/]/).pop() ?? file}` },
    options.encoding ? { encoding: options.encoding } : { published: 'windows-1252' },
  );
  const at = (options.clock ?? (() => new Date()))().toISOString().slice(0, 10);
  const names = new ActorNameIndex(await indexedActors(store), await actorMapping(options.mapping));
  const proposed = new ProposedNames('ucdp');
  const rows: UcdpActorRow[] = [];
  const parsed = parseUcdpActorList(imported.text, file, (row) => rows.push(row));
  const issues: Issue[] = [...parsed.issues];
  if (issues.length > 0) throw new FaultlineError('dataset_invalid', `${file}: ${issues.length} problem(s); nothing was imported`, { issues });

  // Each row's actor: a recorded one when a name resolves within the row's country, otherwise a
  // proposal keyed by the whole name and the country (44 "Military faction (…)" rows stay 44).
  const actorOf = new Map<string, string>();
  const countryOf = new Map<UcdpActorRow, string | undefined>();
  for (const row of rows) {
    const country = row.location ? countryCode(row.location) : undefined;
    countryOf.set(row, country);
    const found = names.resolve(row.name, country) ?? (row.fullName ? names.resolve(row.fullName, country) : undefined);
    if (found && 'skip' in found) continue;
    const id = found ? found.actor : proposed.note(row.name, rowEvidence(imported.source.id, row.at), country ? { country } : {});
    actorOf.set(row.id, id);
    // A name reference finds the first row of that name; ids are what the list mostly gives.
    if (!actorOf.has(row.name)) actorOf.set(row.name, id);
  }
  const refer = (ref: string, country: string | undefined) => {
    const known = actorOf.get(ref);
    if (known) return known;
    const found = names.resolve(ref, country);
    return found && 'actor' in found ? found.actor : undefined;
  };
  const ties = new Map<string, Tie>();
  const unresolved: string[] = [];
  for (const row of rows) {
    const self = actorOf.get(row.id);
    if (!self) continue;
    const evidence = rowEvidence(imported.source.id, row.at);
    const add = (type: RelationType, from: string | undefined, to: string | undefined, ref: string) => {
      if (!from || !to) return void unresolved.push(`${file}:${row.at.line}: no actor answers to ${JSON.stringify(ref)}`);
      if (from === to) return;
      const [a, b] = RELATION_TYPES[type].symmetric && to < from ? [to, from] : [from, to];
      const id = relationId(type, a, b);
      if (!ties.has(id)) ties.set(id, { type, from: a, to: b, evidence });
    };
    const country = countryOf.get(row);
    for (const ref of row.splinterOf) add('split_from', self, refer(ref, country), ref);
    for (const ref of row.alliedWith) add('allied_with', self, refer(ref, country), ref);
    for (const ref of row.memberOf) add('member_of', self, refer(ref, country), ref);
  }

  const proposals = await proposed.claims(store, { method: UCDP_METHOD, by: options.by, at, file: imported.name });
  const proposedIds = new Set(proposed.byId.keys());
  const existingClaims = await store.claims({ subjects: [...ties.keys()] });
  const numbers = new Map<string, number>();
  const cited = new Set<string>();
  for (const c of existingClaims) {
    numbers.set(c.subject, Math.max(numbers.get(c.subject) ?? 0, Number(c.id.slice(c.id.lastIndexOf('#') + 1))));
    for (const e of c.evidence) cited.add(`${c.subject}|${e.source}|${e.start}`);
  }
  const changes: Change[] = proposals.map((record) => ({ kind: 'claim', record }) as Change);
  for (const [id, tie] of ties) {
    if (cited.has(`${id}|${tie.evidence.source}|${tie.evidence.start}`)) continue;
    const n = (numbers.get(id) ?? 0) + 1;
    numbers.set(id, n);
    const relation: Relation = { id, type: tie.type, from: tie.from, to: tie.to, valid: '/' };
    const recorded = await store.get('relation', id);
    const pending = proposedIds.has(tie.from) || proposedIds.has(tie.to);
    const claim: Claim = {
      id: `${id}#${n}`,
      subject: id,
      stance: 'supports',
      ...(pending && !recorded ? { value: { type: tie.type, from: tie.from, to: tie.to, valid: '/' } } : {}),
      evidence: [tie.evidence],
      credibility: 2,
      method: UCDP_METHOD,
      status: pending && !recorded ? 'proposed' : 'accepted',
      by: options.by,
      at,
      note: `${RELATION_TYPES[tie.type].label}, as the UCDP actor list records it (no dates given)`,
    };
    if (!recorded && !pending) changes.push({ kind: 'relation', record: relation });
    changes.push({ kind: 'claim', record: claim });
  }
  await store.write([{ kind: 'source', record: imported.source }], { by: options.by });
  await store.putSourceText(imported.source.id, imported.text);
  const written = await writeInBatches(store, changes, options.by, options.progress);
  return {
    file,
    source: imported.source.id,
    rows: parsed.rows,
    events: 0,
    inserted: written.inserted,
    updated: written.updated,
    unchanged: written.unchanged,
    newPlaces: 0,
    ...(unresolved.length ? { warnings: unresolved } : {}),
    proposedActors: [...proposed.byId.values()].map((p) => ({ id: p.id, name: p.name, rows: p.rows, proposed: proposals.some((c) => c.subject === p.id) })),
  };
}
