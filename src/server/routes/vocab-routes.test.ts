// GET /api/vocab/event-types: the web app's labels and colour groups come from the core table.
import { describe, expect, it } from 'vitest';
import { EVENT_GROUPS, EVENT_TYPE_NAMES } from '../../core/vocab/event-types.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { createApp } from '../app.js';
import type { EventTypeVocabulary } from './vocab-routes.js';

describe('GET /api/vocab/event-types', () => {
  it('labels every event type and names its group', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    const response = await createApp(store).request('/api/vocab/event-types');
    expect(response.status).toBe(200);
    const body = (await response.json()) as EventTypeVocabulary;
    expect(body.groups).toEqual([...EVENT_GROUPS]);
    expect(Object.keys(body.types).sort()).toEqual([...EVENT_TYPE_NAMES].sort());
    expect(body.types.armed_clash).toEqual({ label: 'armed clash', group: 'battle' });
    for (const spec of Object.values(body.types)) expect(EVENT_GROUPS).toContain(spec.group);
    await store.close();
  });
});
