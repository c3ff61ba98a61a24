// A seeded generator of conflict-shaped synthetic data: clustered actors, ~10 ties each with dates of
// mixed precision, claims citing dated sources (a few competing on valid time), and events.
import { createHash } from 'node:crypto';
import type { Actor } from '../src/core/model/actor.js';
import type { Claim } from '../src/core/model/claim.js';
import type { ConflictEvent } from '../src/core/model/event.js';
import type { Place } from '../src/core/model/place.js';
import type { Relation } from '../src/core/model/relation.js';
import type { Source } from '../src/core/model/source.js';
import type { EventType } from '../src/core/vocab/event-types.js';
import type { RelationType } from '../src/core/vocab/relation-types.js';
import { seededRandom } from '../src/analysis/random.js';

export interface World {
  sources: Source[];
  places: Place[];
  actors: Actor[];
  relations: Iterable<Relation & { claims: Claim[] }>;
  events: Iterable<ConflictEvent>;
  counts: { actors: number; relations: number; events: number };
}

const CLUSTER = 50;
const KINDS: Actor['kind'][] = [
  'armed_group',
  'armed_group',
  'armed_group',
  'armed_group',
  'armed_group',
  'armed_group',
  'armed_group',
  'armed_group',
  'armed_group',
  'armed_group',
  'armed_group',
  'armed_group',
  'coalition',
  'coalition',
  'community',
  'community',
  'person',
  'person',
  'state_force',
  'state',
];
const TIE_TYPES: [RelationType, number][] = [
  ['hostile_to', 25],
  ['allied_with', 20],
  ['member_of', 12],
  ['operates_in', 10],
  ['based_on_community', 8],
  ['leads', 5],
  ['supported_by', 5],
  ['commands', 5],
  ['split_from', 3],
  ['merged_into', 2],
  ['successor_of', 1],
  ['kin_of', 2],
  ['co_opted_by', 2],
];
const INSTANT = new Set<RelationType>(['split_from', 'merged_into', 'successor_of']);
const EVENT_TYPES: EventType[] = [
  'armed_clash',
  'armed_clash',
  'attack_on_civilians',
  'attack_on_civilians',
  'remote_explosive',
  'abduction',
  'looting',
  'air_drone_strike',
  'agreement',
  'taxation',
];
const ATTRIBUTIONS = [undefined, undefined, 'claimed', 'attributed', 'alleged'] as const;
const ZERO = '0'.repeat(64);

const pad = (n: number) => String(n).padStart(2, '0');
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** The generated world for a number of actors: 10 ties per actor, `eventsPerActor` events per actor. */
export function generateWorld(actorCount: number, eventsPerActor: number, seed = 42): World {
  const rnd = seededRandom(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const sources: Source[] = Array.from({ length: 24 }, (_, k) => ({
    id: sha(`bench source ${k}`),
    title: `Synthetic report ${k}`,
    date: k % 3 === 0 ? `${1995 + k}` : `${1995 + k}-${pad(1 + (k % 12))}`,
    reliability: 'B',
    reliabilityReason: 'synthetic',
  }));
  const places: Place[] = [{ id: 'place:country', kind: 'country', name: 'Country', country: 'ML' }];
  for (let r = 0; r < 10; r++) places.push({ id: `place:r${r}`, kind: 'region', name: `Region ${r}`, country: 'ML', parent: 'place:country' });
  for (let t = 0; t < 200; t++) places.push({ id: `place:t${t}`, kind: 'town', name: `Town ${t}`, country: 'ML', parent: `place:r${t % 10}` });
  const actors: Actor[] = Array.from({ length: actorCount }, (_, i) => ({
    id: `actor:a${i}`,
    kind: KINDS[i % KINDS.length] ?? 'armed_group',
    name: `Actor ${i}`,
    description: `synthetic actor ${i}`,
  }));
  const ofKind = (i: number, kind: Actor['kind']) => {
    const base = Math.floor(i / CLUSTER) * CLUSTER;
    const offsets = KINDS.flatMap((k, o) => (k === kind ? [o] : []));
    return Math.min(actorCount - 1, base + pick(offsets) + KINDS.length * int(CLUSTER / KINDS.length));
  };
  const partner = (i: number) => (rnd() < 0.8 ? Math.min(actorCount - 1, Math.floor(i / CLUSTER) * CLUSTER + int(CLUSTER)) : int(actorCount));
  const total = TIE_TYPES.reduce((n, [, w]) => n + w, 0);
  const tieType = (): RelationType => {
    let x = rnd() * total;
    for (const [type, w] of TIE_TYPES) if ((x -= w) < 0) return type;
    return 'allied_with';
  };
  // Groups live a few years: each actor's ties fall inside its life, so a day sees a fraction of them.
  const lives = actors.map(() => {
    const born = 1990 + int(30);
    return { born, died: born + 2 + int(10) };
  });
  const valid = (i: number, instant: boolean): string => {
    const life = lives[i] ?? { born: 2000, died: 2010 };
    const y = life.born + int(Math.max(1, life.died - life.born));
    const m = 1 + int(12);
    if (instant) return rnd() < 0.5 ? `${y}` : `${y}-${pad(m)}`;
    const e = Math.min(life.died, y + int(4));
    // Open ends only for groups still alive when the sources stop.
    const open = life.died >= 2024;
    switch (int(open ? 8 : 5)) {
      case 0:
        return `${y}/${e}`;
      case 1:
        return `${y}-${pad(m)}/${e + 1}-${pad(1 + int(12))}`;
      case 2:
        return `${y}-${pad(m)}-${pad(1 + int(28))}/${e + 1}`;
      case 3:
        return `${y}~/${e + 2}`;
      case 4:
        return `${y - 1}/${e}~`;
      case 5:
        return `${y}/..`;
      case 6:
        return `${y}-${pad(m)}/`;
      default:
        return `${y}-${pad(m)}/..`;
    }
  };
  const claim = (subject: string, n: number, value?: Record<string, unknown>): Claim => ({
    id: `${subject}#${n}`,
    subject,
    stance: 'supports',
    ...(value ? { value } : {}),
    evidence: [{ source: pick(sources).id, start: 0, end: 40, sha256: ZERO }],
    credibility: 2,
    method: 'analyst',
    status: 'accepted',
    by: 'bench',
    at: '2026-01-01',
  });
  function* relations(): Generator<Relation & { claims: Claim[] }> {
    for (let i = 0; i < actorCount; i++) {
      for (let k = 0; k < 10; k++) {
        const type = tieType();
        const to =
          type === 'operates_in'
            ? `place:t${int(200)}`
            : type === 'based_on_community'
              ? `actor:a${ofKind(i, 'community')}`
              : type === 'member_of'
                ? `actor:a${ofKind(i, 'coalition')}`
                : `actor:a${partner(i)}`;
        if (to === `actor:a${i}`) continue;
        const id = `rel:a${i}.${k}`;
        const relation: Relation = { id, type, from: `actor:a${i}`, to, valid: valid(i, INSTANT.has(type)) };
        const claims = [claim(id, 1)];
        if (rnd() < 0.05 && !INSTANT.has(type)) claims.push(claim(id, 2, { valid: valid(i, false) }));
        yield { ...relation, claims };
      }
    }
  }
  const eventCount = actorCount * eventsPerActor;
  function* events(): Generator<ConflictEvent> {
    for (let i = 0; i < eventCount; i++) {
      const y = 1990 + int(34);
      const r = rnd();
      const date = r < 0.6 ? `${y}-${pad(1 + int(12))}-${pad(1 + int(28))}` : r < 0.9 ? `${y}-${pad(1 + int(12))}` : `${y}`;
      // Perpetrators follow a skewed distribution: a few groups commit most of the violence.
      const perpetrator = Math.floor(actorCount * rnd() ** 3);
      const attribution = pick(ATTRIBUTIONS);
      const f = rnd() < 0.5 ? { low: int(5), best: 5 + int(10), high: 15 + int(20) } : undefined;
      yield {
        id: `event:e${i}`,
        type: pick(EVENT_TYPES),
        date,
        place: rnd() < 0.9 ? `place:t${int(200)}` : `place:r${int(10)}`,
        participants: [
          { actor: `actor:a${perpetrator}`, role: 'perpetrator', ...(attribution ? { attribution } : {}) },
          { actor: `actor:a${partner(perpetrator)}`, role: 'target' },
        ],
        ...(f ? { fatalities: f } : {}),
        description: 'synthetic event',
      };
    }
  }
  return { sources, places, actors, relations: relations(), events: events(), counts: { actors: actorCount, relations: actorCount * 10, events: eventCount } };
}
