import { lifespanSummary } from '../analysis/lifespan-summary.js';
import { deriveLifespans, LIFESPAN_EVENT_TYPES, lifespanText } from '../core/ties/lifespans.js';
import { sourceDayOf } from '../core/ties/tie-facts.js';
import { FACT_PROPERTIES, foldFact, type FoldedFact } from '../core/fold.js';
import { footnoteBook, type Footnote, type ProfileStatement } from './footnotes.js';
import { triageContextOf } from '../core/triage-context.js';
import { NotFoundError } from '../core/errors.js';
import type { Actor } from '../core/model/actor.js';
import type { Claim } from '../core/model/claim.js';
import type { ConflictEvent } from '../core/model/event.js';
import type { Relation } from '../core/model/relation.js';
import type { Source } from '../core/model/source.js';
import type { ReadOptions, Store } from '../core/store-port.js';
import { EVENT_TYPES, type EventType } from '../core/vocab/event-types.js';
import { RELATION_TYPES, type RelationType } from '../core/vocab/relation-types.js';
import { groupBy } from '../core/group-by.js';
import { PROFILE_SECTIONS, SECTION_ORDER } from './profile-sections.js';

/** When the actor existed (L1, L2), in words and as bounds, with the claims behind it. */
export interface ProfileLifespan {
  /** "formed March 2017 · active · last attested in a document of March 2024". */
  summary: string;
  /** EDTF (`2017-03/..`), or absent when nothing is stated or derived. */
  existed?: string;
  ended?: string;
  /** `stated`, or the tie each bound was derived from. */
  startBasis?: string;
  endBasis?: string;
  /** The earliest day of the latest dated document that supports the actor, its ties or its events. */
  lastAttested?: string;
  footnotes: number[];
}

export interface ActorProfile {
  actor: Actor;
  status: FoldedFact<Actor>['status'];
  lifespan: ProfileLifespan;
  footnotes: number[];
  sections: { title: string; statements: ProfileStatement[] }[];
  events: ProfileStatement[];
  notes: Footnote[];
}

/** Builds an actor's profile: ties grouped by section, events, and footnotes opening every claim. */
export async function actorProfile(store: Store, actorId: string, options: ReadOptions = {}): Promise<ActorProfile> {
  const actor = await store.get('actor', actorId, options);
  if (!actor) throw new NotFoundError('actor', actorId);
  const [relations, actors, places, sources, events, lifespanEvents] = await Promise.all([
    store.list('relation', options),
    store.list('actor', options),
    store.list('place', options),
    store.list('source', options),
    store.events({ ...options, actors: [actorId] }),
    store.events({ ...options, types: LIFESPAN_EVENT_TYPES }),
  ]);
  const mine = relations.filter((r) => r.from === actorId || r.to === actorId);
  const claims = await store.claims({ ...options, subjects: [actorId, ...mine.map((r) => r.id), ...events.map((e) => e.id)] });
  const bySubject = groupBy(claims, (c) => c.subject);
  const names = new Map<string, string>([...actors.map((a) => [a.id, a.name] as const), ...places.map((p) => [p.id, p.name] as const)]);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const triage = triageContextOf(sources, places);
  const { notes, footnote, statement } = footnoteBook(names, sourceById, bySubject, triage);

  const actorFold = foldFact(actor, bySubject.get(actorId) ?? [], FACT_PROPERTIES.actor, triage);
  const actorFootnotes = actorFold.claims.map(footnote);
  const lifespan = profileLifespan(actor, actors, relations, lifespanEvents, claims, sourceById, (claim) => footnote(claim), bySubject);
  const sections = new Map<string, ProfileStatement[]>();
  for (const relation of [...mine].sort((a, b) => a.valid.localeCompare(b.valid))) {
    const outgoing = relation.from === actorId;
    const spec = RELATION_TYPES[relation.type as RelationType];
    const title = PROFILE_SECTIONS[relation.type as RelationType][outgoing ? 'out' : 'in'];
    const otherId = outgoing ? relation.to : relation.from;
    const text = `${names.get(relation.from) ?? relation.from} ${spec.reads} ${names.get(relation.to) ?? relation.to}${relation.role ? ` (${relation.role})` : ''}`;
    const list = sections.get(title) ?? [];
    list.push(statement(relation, text, relation.valid, FACT_PROPERTIES.relation, { id: otherId, name: names.get(otherId) ?? otherId }));
    sections.set(title, list);
  }
  const eventStatements = events.map((event) => {
    const role = event.participants.filter((p) => p.actor === actorId).map((p) => (p.attribution ? `${p.role}, ${p.attribution}` : p.role));
    const place = event.place ? ` in ${names.get(event.place) ?? event.place}` : '';
    return statement(
      event,
      `${EVENT_TYPES[event.type as EventType]?.label ?? event.type}${place}: ${event.description} [${role.join('; ')}]`,
      event.date,
      FACT_PROPERTIES.event,
    );
  });
  return {
    actor,
    status: actorFold.status,
    lifespan,
    footnotes: actorFootnotes,
    sections: SECTION_ORDER.filter((t) => sections.has(t)).map((title) => ({ title, statements: sections.get(title) ?? [] })),
    events: eventStatements,
    notes,
  };
}

/** L1, L2 on a profile: the lifespan in words, its bounds and basis, the claims that state or derive it, and D7's last attestation. */
function profileLifespan(
  actor: Actor,
  actors: readonly Actor[],
  relations: readonly Relation[],
  lifespanEvents: readonly ConflictEvent[],
  claims: readonly Claim[],
  sourceById: ReadonlyMap<string, Source>,
  footnote: (claim: Claim) => number,
  bySubject: ReadonlyMap<string, Claim[]>,
): ProfileLifespan {
  const life = deriveLifespans(actors, relations, lifespanEvents).get(actor.id);
  let lastAttested: string | undefined;
  for (const claim of claims) {
    if (claim.status !== 'accepted' || claim.stance !== 'supports') continue;
    for (const evidence of claim.evidence) {
      const day = sourceDayOf(sourceById.get(evidence.source)?.date);
      if (day && (!lastAttested || day > lastAttested)) lastAttested = day;
    }
  }
  const behind = new Set<Claim>();
  for (const claim of bySubject.get(actor.id) ?? [])
    if (claim.status === 'accepted' && claim.value && ('existed' in claim.value || 'ended' in claim.value)) behind.add(claim);
  for (const basis of [life?.startBasis, life?.endBasis]) {
    if (basis && basis.from !== 'stated') for (const claim of bySubject.get(basis.from) ?? []) if (claim.status === 'accepted') behind.add(claim);
  }
  return {
    summary: lifespanSummary(life, actor.kind, lastAttested),
    ...(life ? { existed: lifespanText(life) } : {}),
    ...(life?.ended ? { ended: life.ended } : {}),
    ...(life?.startBasis ? { startBasis: life.startBasis.from } : {}),
    ...(life?.endBasis ? { endBasis: life.endBasis.from } : {}),
    ...(lastAttested ? { lastAttested } : {}),
    footnotes: [...behind].map(footnote),
  };
}
