// Small constructed records for the integrity rules' unit tests (test support: left out of the build).
import type { Actor } from '../../core/model/actor.js';
import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent, Participant } from '../../core/model/event.js';
import type { Relation } from '../../core/model/relation.js';
import type { RelationType } from '../../core/vocab/relation-types.js';
import { buildClaim } from '../../../test/factories.js';
import { buildContext, type IntegrityContext, type IntegrityRecords } from './context.js';

export const actor = (slug: string, existed?: string): Actor => ({
  id: `actor:${slug}`,
  kind: 'armed_group',
  name: slug,
  description: `test actor ${slug}`,
  ...(existed ? { existed } : {}),
});

export const tie = (type: RelationType, from: string, to: string, valid: string, n = ''): Relation => ({
  id: `rel:${from}.${type}.${to}${n}`,
  type,
  from: `actor:${from}`,
  to: `actor:${to}`,
  valid,
});

export const event = (slug: string, over: Partial<ConflictEvent> & { parts?: [string, Participant['role']][] } = {}): ConflictEvent => {
  const { parts = [], ...rest } = over;
  return {
    id: `event:${slug}`,
    type: 'armed_clash',
    date: '2016',
    participants: parts.map(([a, role]) => ({ actor: `actor:${a}`, role })),
    description: slug,
    ...rest,
  };
};

/** A claim citing a made-up passage: the shared factory, with evidence the rules read by offset. */
export const claim = (subject: string, n: number, over: Partial<Claim> = {}): Claim =>
  buildClaim(subject, n, { evidence: [{ source: 'a'.repeat(64), start: 0, end: 10, sha256: 'b'.repeat(64) }], ...over });

/** A context over the given records, every other kind empty. */
export const contextOf = (records: Partial<IntegrityRecords>): IntegrityContext =>
  buildContext({ sources: [], actors: [], places: [], relations: [], events: [], claims: [], ...records });
