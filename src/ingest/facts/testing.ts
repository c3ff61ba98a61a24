// Actors and places for the extraction tests: what the extractor is given to find in a text.
import type { Actor } from '../../core/model/actor.js';
import type { Place } from '../../core/model/place.js';
import { extract } from '../extract.js';
import type { RankerModel } from './ranker/rank-relations.js';

export const testActor = (slug: string, name: string, kind: Actor['kind'] = 'armed_group', aliases: string[] = []): Actor => ({
  id: `actor:${slug}`,
  kind,
  name,
  description: `${name}, for the test`,
  ...(aliases.length ? { aliases: aliases.map((a) => ({ name: a, kind: 'acronym' as const })) } : {}),
});

/** The groups most relation tests share: an armed group with an acronym, two without, and a coalition. */
export const TEST_GROUPS: readonly Actor[] = [
  testActor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  testActor('brigade', 'Desert Brigade'),
  testActor('guard', 'River Guard'),
  testActor('union', 'Sahel Union', 'coalition'),
];

export const testPlace = (slug: string, name: string): Place => ({ id: `place:${slug}`, kind: 'town', name, country: 'ML' });

/** A ranker that adds nothing: the trigger table alone. */
export const NO_RANKER: RankerModel = { threshold: 1, types: {} };

/** `[type, from, to]` of each relation the trigger table alone reads in a text that names these actors and places. */
export const tableRelations =
  (actors: readonly Actor[], places: readonly Place[] = []) =>
  (text: string, language = 'en'): [string, string, string][] =>
    extract({ text, language, actors, places, ranker: NO_RANKER }).relations.map((r) => [r.type, r.from.id, r.to.id]);
