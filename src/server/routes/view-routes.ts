import { Hono } from 'hono';
import type { SavedViews } from '../../core/store-port.js';
import { changeView, deleteOwnView, listOwnViews, saveView, type ViewActor } from '../../services/views/saved-views.js';
import { query } from '../contract/fields.js';
import { defineRoute, validated } from '../contract/route.js';
import { currentPrincipal } from '../security/request-context.js';
import { newViewBody, viewChangeBody, viewParam } from './view-schemas.js';

const VIEW = '{ id, owner, name, hash, note, savedAt } (src/core/saved-views.ts)';
const NOT_OWN = "no such view of this user (another user's views are not found either)";

/** The caller's own saved views, open to every role; single-user mode keeps them as `local` (docs/security.md). */
export const VIEW_ROUTES = {
  list: defineRoute({
    method: 'get',
    path: '/views',
    summary: "The caller's saved views, most recently saved first (any role); never another user's",
    query: query({}),
    responses: { 200: `{ views: [${VIEW}] }` },
  }),
  create: defineRoute({
    method: 'post',
    path: '/views',
    summary: 'Saves an in-app location (#/…) with a name and an optional note, as a view of the caller (any role)',
    query: query({}),
    body: newViewBody,
    responses: { 201: `{ view: ${VIEW} }`, 400: 'a field is missing, too long, or the location is not in the app (#/…)' },
  }),
  change: defineRoute({
    method: 'patch',
    path: '/views/:id',
    summary: "Changes the name, location or note of one of the caller's views (any role)",
    params: viewParam,
    query: query({}),
    body: viewChangeBody,
    responses: { 200: `{ view: ${VIEW} }`, 400: 'a field is too long or the location is not in the app', 404: NOT_OWN },
  }),
  remove: defineRoute({
    method: 'delete',
    path: '/views/:id',
    summary: "Deletes one of the caller's views (any role)",
    params: viewParam,
    query: query({}),
    responses: { 200: '{ deleted: id }', 404: NOT_OWN },
  }),
};

const V = VIEW_ROUTES;

/** The handlers of VIEW_ROUTES: every call acts on the caller's own views, so none can reach another user's. */
export function viewRoutes(views: SavedViews, options: { clock: () => Date }) {
  const actor = (): ViewActor => ({ owner: currentPrincipal().name, clock: options.clock });
  return new Hono()
    .get(V.list.path, validated(V.list), async (c) => c.json({ views: await listOwnViews(views, actor().owner) }))
    .post(V.create.path, validated(V.create), async (c) => {
      const body = c.req.valid('json');
      const view = await saveView(views, { name: body.name, hash: body.hash, ...(body.note !== undefined ? { note: body.note } : {}) }, actor());
      return c.json({ view }, 201);
    })
    .patch(V.change.path, validated(V.change), async (c) => {
      const body = c.req.valid('json');
      const change = {
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.hash !== undefined ? { hash: body.hash } : {}),
        ...(body.note !== undefined ? { note: body.note } : {}),
      };
      return c.json({ view: await changeView(views, c.req.valid('param').id, change, actor()) });
    })
    .delete(V.remove.path, validated(V.remove), async (c) => {
      const { id } = c.req.valid('param');
      await deleteOwnView(views, id, actor());
      return c.json({ deleted: id });
    });
}
