import { MAX_DAY, MIN_DAY } from '../../core/dates/bounds.js';
import { parseTemporal } from '../../core/dates/edtf.js';
import { NotFoundError } from '../../core/errors.js';
import type { Store } from '../../core/store-port.js';
import { EVENT_TYPES } from '../../core/vocab/event-types.js';
import { PROFILE_SECTIONS } from '../profile-sections.js';
import { factsOf, namesOf, readOptions, relationsOf, type QueryOptions } from './load.js';

/** One line of an actor's timeline: a tie (membership, leader, ally, rival, area …) or an event. */
export interface TimelineEntry {
  kind: 'relation' | 'event';
  id: string;
  /** The profile section of a tie ("Member of", "Leaders", "Allies" …) or the event's type label. */
  section: string;
  type: string;
  other?: { id: string; name: string };
  when: string;
  /** Earliest day it may start and latest it may end; null for an open or unknown bound. */
  start: string | null;
  end: string | null;
  disputed: boolean;
  role?: string;
}

export interface Timeline {
  actor: { id: string; name: string; kind: string };
  entries: TimelineEntry[];
}

const bound = (day: string | undefined) => (day === undefined || day === MIN_DAY || day === MAX_DAY ? null : day);

/** timeline(actor): the actor's ties and events, ordered by when they may have begun. */
export async function timeline(store: Store, actorId: string, options: QueryOptions = {}): Promise<Timeline> {
  const read = readOptions(options);
  const actor = await store.get('actor', actorId, read);
  if (!actor) throw new NotFoundError('actor', actorId);
  const [relations, names] = await Promise.all([relationsOf(store, [actorId], options), namesOf(store, options)]);
  const events = await store.filterEvents({ ...read, participants: [{ actor: actorId }] });
  const facts = await factsOf(store, relations, options);
  const entries: TimelineEntry[] = facts.map(({ relation: r, readings, status }) => {
    const outgoing = r.from === actorId;
    const otherId = outgoing ? r.to : r.from;
    const t = readings[0];
    return {
      kind: 'relation',
      id: r.id,
      section: PROFILE_SECTIONS[r.type][outgoing ? 'out' : 'in'],
      type: r.type,
      other: { id: otherId, name: names.get(otherId) ?? otherId },
      when: r.valid,
      start: bound(t?.start.earliest),
      end: bound(t?.end.latest),
      disputed: status === 'disputed' || readings.length > 1,
      ...(r.role ? { role: r.role } : {}),
    };
  });
  for (const e of events) {
    const t = parseTemporal(e.date);
    const roles = e.participants.filter((p) => p.actor === actorId).map((p) => p.role);
    entries.push({
      kind: 'event',
      id: e.id,
      section: EVENT_TYPES[e.type].label,
      type: e.type,
      when: e.date,
      start: bound(t?.start.earliest),
      end: bound(t?.end.latest),
      disputed: false,
      ...(roles.length ? { role: roles.join(', ') } : {}),
      ...(e.place ? { other: { id: e.place, name: names.get(e.place) ?? e.place } } : {}),
    });
  }
  entries.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  return { actor: { id: actor.id, name: actor.name, kind: actor.kind }, entries };
}
