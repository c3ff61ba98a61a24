// Restricted sources: for viewers and editors their text, metadata and the passages citing them never
// appear in any API response; facts resting only on them show as such. Reviewers and admins see all.
import { describe, expect, it } from 'vitest';
import type { ActorProfile } from '../src/services/actor-profile.js';
import { SECRET_ID, SECRET_NOTE, SECRET_TEXT, SECRET_TITLE, secretEvidence, teamWorld } from './support/team-world.js';

const SECRET_PASSAGE_START = String(secretEvidence.start);
const READ_PATHS = [
  '/api/sources',
  `/api/sources/${SECRET_ID}`,
  `/api/sources/${SECRET_ID}/text`,
  '/api/claims',
  '/api/claims?subject=rel:b-ally-d',
  '/api/actors/actor:b/profile',
  '/api/actors/actor:b/history',
  '/api/disputes',
  '/api/review/claims',
  `/api/review/claims/${encodeURIComponent('actor:e#1')}`,
  `/api/review/claims?source=${SECRET_ID}`,
  '/api/stats',
  '/api/snapshot?asOf=2016-06-01',
  '/api/relations',
  '/api/ties',
];

describe('restricted sources', () => {
  for (const role of ['viewer', 'editor'] as const) {
    it(`never reach a ${role}: no id, title, text, note or offsets in any response`, async () => {
      const { as } = await teamWorld();
      for (const path of READ_PATHS) {
        const response = await as(role, path);
        expect([200, 404], path).toContain(response.status);
        // A 404 may name the id the client asked for; it must say nothing else.
        const body = path.includes(SECRET_ID) ? (await response.text()).replaceAll(SECRET_ID, '') : await response.text();
        for (const secret of [SECRET_ID, SECRET_TITLE, SECRET_TEXT.slice(0, 30), SECRET_NOTE, secretEvidence.sha256]) {
          expect(body.includes(secret), `${path} leaks ${secret.slice(0, 20)}`).toBe(false);
        }
      }
      const unknown = 'e'.repeat(64);
      const sameAsUnknown = async (suffix: string) =>
        expect((await (await as(role, `/api/sources/${SECRET_ID}${suffix}`)).text()).replaceAll(SECRET_ID, unknown)).toBe(
          await (await as(role, `/api/sources/${unknown}${suffix}`)).text(),
        );
      await sameAsUnknown('');
      await sameAsUnknown('/text');
      expect((await as(role, `/api/sources/${SECRET_ID}`)).status).toBe(404);
      expect((await as(role, `/api/sources/${SECRET_ID}/text`)).status).toBe(404);
      expect(((await (await as(role, '/api/stats')).json()) as { source: number }).source).toBe(1);
      expect(JSON.stringify(await (await as(role, '/api/claims')).json())).not.toContain(`"start":${SECRET_PASSAGE_START}`);
    });
  }

  it('facts resting only on restricted evidence are shown, their footnotes marked restricted', async () => {
    const { as } = await teamWorld();
    const profile = (await (await as('viewer', '/api/actors/actor:b/profile')).json()) as ActorProfile;
    const statements = profile.sections.flatMap((s) => s.statements);
    const ally = statements.find((s) => s.id === 'rel:b-ally-d');
    expect(ally?.status).toBe('supported');
    const allyNote = profile.notes.find((n) => n.n === ally?.footnotes[0]);
    expect(allyNote).toMatchObject({ restricted: true, passages: [{ sourceTitle: 'restricted source', restricted: true, sourceId: '' }] });
    const member = statements.find((s) => s.id === 'rel:b-in-c');
    const mixed = profile.notes.find((n) => n.claimId === 'rel:b-in-c#2');
    expect(member?.footnotes).toContain(mixed?.n);
    expect(mixed?.restricted).toBeUndefined();
    expect(mixed?.passages.map((p) => p.restricted ?? false)).toEqual([false, true]);
  });

  it('reviewers and admins see restricted sources, their text and the full evidence', async () => {
    const { as } = await teamWorld();
    for (const role of ['reviewer', 'admin'] as const) {
      expect(((await (await as(role, `/api/sources/${SECRET_ID}`)).json()) as { source: { title: string } }).source.title).toBe(SECRET_TITLE);
      expect(((await (await as(role, `/api/sources/${SECRET_ID}/text`)).json()) as { text: string }).text).toBe(SECRET_TEXT);
      const profile = (await (await as(role, '/api/actors/actor:b/profile')).json()) as ActorProfile;
      expect(profile.notes.find((n) => n.claimId === 'rel:b-ally-d#1')).toMatchObject({ note: SECRET_NOTE, passages: [{ sourceTitle: SECRET_TITLE }] });
      const item = (await (await as(role, `/api/review/claims/${encodeURIComponent('actor:e#1')}`)).json()) as { passage?: { text: string } };
      expect(item.passage?.text).toBe('his men took orders from Coalition C');
    }
  });

  it('a withheld passage can never be written back', async () => {
    const { store } = await teamWorld();
    const { visibleStore, redactClaim } = await import('../src/services/visibility.js');
    const editor = visibleStore(store, () => ({ name: 'editor', role: 'editor', via: 'token' }));
    const claim = (await editor.get('claim', 'rel:b-ally-d#1'))!;
    expect(claim.evidence[0]?.source).toBe('restricted');
    await expect(editor.write([{ kind: 'claim', record: { ...claim, credibility: 1 } }], { by: 'editor' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(redactClaim(claim, new Set())).toBe(claim);
    expect((await store.get('claim', 'rel:b-ally-d#1'))?.evidence).toEqual([secretEvidence]);
  });
});
