// The caller's saved views (src/server/routes/view-routes.ts), typed from the route declarations.
import { apiGet, apiSend, type GetAnswer } from '../../api/contract.js';

/** A view as GET /api/views lists it. */
export type SavedViewItem = GetAnswer<'/views'>['views'][number];

/** The path of the caller's own views. */
export const ownViewsPath = () => apiGet('/views', {});

/** Saves a location (`#/…`) under a name, with a note that may be empty. */
export const saveOwnView = (name: string, hash: string, note: string) => apiSend('POST', '/views', { json: { name, hash, ...(note ? { note } : {}) } });

/** Changes the note of one of the caller's views. */
export const changeViewNote = (id: string, note: string) => apiSend('PATCH', '/views/:id', { param: { id }, json: { note } });

export const deleteOwnView = (id: string) => apiSend('DELETE', '/views/:id', { param: { id } });
