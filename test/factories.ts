// Builders for tests: valid records with overridable fields, so each test states only what matters.
import type { Actor } from '../src/core/model/actor.js';
import type { Claim } from '../src/core/model/claim.js';
import type { ConflictEvent } from '../src/core/model/event.js';
import type { Relation } from '../src/core/model/relation.js';
import type { Source } from '../src/core/model/source.js';
import { sha256Hex } from '../src/core/text/normalise.js';

export const SOURCE_TEXT = 'Group A and Group B fought near Kidal in 2016. Later, Group B joined Coalition C in March 2017.';
export const SOURCE_ID = sha256Hex(SOURCE_TEXT);

export const buildSource = (over: Partial<Source> = {}): Source => ({
  id: SOURCE_ID,
  title: 'A test report',
  reliability: 'B',
  reliabilityReason: 'made for tests',
  ...over,
});

export const buildActor = (slug: string, over: Partial<Actor> = {}): Actor => ({
  id: `actor:${slug}`,
  kind: 'armed_group',
  name: slug.toUpperCase(),
  description: `test actor ${slug}`,
  ...over,
});

export const buildRelation = (slug: string, over: Partial<Relation> = {}): Relation => ({
  id: `rel:${slug}`,
  type: 'member_of',
  from: 'actor:b',
  to: 'actor:c',
  valid: '2017-03/..',
  ...over,
});

export const buildEvent = (slug: string, over: Partial<ConflictEvent> = {}): ConflictEvent => ({
  id: `event:${slug}`,
  type: 'armed_clash',
  date: '2016',
  participants: [
    { actor: 'actor:a', role: 'participant' },
    { actor: 'actor:b', role: 'participant' },
  ],
  description: 'a clash',
  ...over,
});

/** Evidence pointing at a real passage of SOURCE_TEXT, with its true hash. */
export function evidenceFor(passage: string) {
  const start = SOURCE_TEXT.indexOf(passage);
  if (start < 0) throw new Error(`passage not in SOURCE_TEXT: ${passage}`);
  return [{ source: SOURCE_ID, start, end: start + passage.length, sha256: sha256Hex(passage) }];
}

export const buildClaim = (subject: string, n: number, over: Partial<Claim> = {}): Claim => ({
  id: `${subject}#${n}`,
  subject,
  stance: 'supports',
  evidence: evidenceFor('Group B joined Coalition C in March 2017'),
  credibility: 2,
  method: 'analyst',
  status: 'accepted',
  by: 'tester',
  at: '2026-01-01',
  ...over,
});

/** A fixed clock that advances one day per call, so record times are distinct and predictable. */
export function steppingClock(start = '2026-01-01T00:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t);
    t += 86_400_000;
    return now;
  };
}
