// Issue 20 (names): outlets, monitors and researchers a report cites are kept as its source's metadata, never proposed as actors.
import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../src/services/ingest/ingest-document.js';
import { gazetteerStore } from './support/ingest-fixtures.js';

const REPORT = new URL('./fixtures/ingest/cited-sources.md', import.meta.url).pathname;
const CITED = ['Human Rights Watch', 'Jean Dupont', 'AFP', 'Radio France Internationale'];

describe('what a report cites', () => {
  it('is stored on its new source, and no claim is proposed about it', async () => {
    const store = await gazetteerStore();
    const [result] = await ingestDocuments(store, [REPORT], { by: 'tester' });
    expect(result?.source.cites).toEqual(CITED);
    expect((await store.get('source', result?.source.id ?? ''))?.cites).toEqual(CITED);
    const proposed = await store.claims({ statuses: ['proposed'] });
    expect(proposed.length).toBeGreaterThan(0);
    const said = JSON.stringify(proposed.map((c) => [c.subject, c.value]));
    for (const name of ['human-rights-watch', 'jean-dupont', 'afp', 'radio-france']) expect(said).not.toContain(name);
  });

  it('is reported by a dry run, which writes nothing, and kept apart from the authors the analyst declares', async () => {
    const store = await gazetteerStore();
    const [dry] = await ingestDocuments(store, [REPORT], { by: 'tester', dryRun: true, source: { authors: ['A field officer'] } });
    expect(dry?.source).toMatchObject({ cites: CITED, authors: ['A field officer'] });
    expect(await store.get('source', dry?.source.id ?? '')).toBeUndefined();
  });
});
