import { Hono } from 'hono';
import type { TeamStore } from '../core/store-port.js';
import { accountRoutes, ACCOUNT_ROUTES } from './routes/account-routes.js';
import { auditRoutes, AUDIT_ROUTES } from './routes/audit-routes.js';
import { authRoutes, AUTH_ROUTES } from './routes/auth-routes.js';
import { placeRoutes, PLACE_ROUTES } from './routes/place-routes.js';
import { queryRoutes, QUERY_ROUTES } from './routes/query-routes.js';
import { readRoutes, READ_ROUTES } from './routes/read-routes.js';
import { reviewRoutes, REVIEW_ROUTES } from './routes/review-routes.js';
import { tieRoutes, TIE_ROUTES } from './routes/tie-routes.js';
import { trendRoutes, TREND_ROUTES } from './routes/trend-routes.js';
import { userRoutes, USER_ROUTES } from './routes/user-routes.js';
import { viewRoutes, VIEW_ROUTES } from './routes/view-routes.js';
import { vocabRoutes, VOCAB_ROUTES } from './routes/vocab-routes.js';
import type { RouteSpec } from './contract/route.js';
import type { Secured } from './security/secure-api.js';

/** Every route's declaration, in the order docs/openapi.yaml lists them. */
export const API_ROUTES: readonly RouteSpec[] = [
  READ_ROUTES,
  REVIEW_ROUTES,
  QUERY_ROUTES,
  AUTH_ROUTES,
  AUDIT_ROUTES,
  VOCAB_ROUTES,
  TIE_ROUTES,
  ACCOUNT_ROUTES,
  USER_ROUTES,
  VIEW_ROUTES,
  TREND_ROUTES,
  PLACE_ROUTES,
].flatMap((group) => Object.values(group));

/** The JSON API mounted at /api, behind the security layer; its type is the web client's contract. */
export function apiRoutes(team: TeamStore, { store, clock, localMode, client }: Secured) {
  return new Hono()
    .route('/', authRoutes(team, { clock, localMode, client }))
    .route('/', auditRoutes(team))
    .route('/', accountRoutes(team, { clock }))
    .route('/', userRoutes(team, { clock }))
    .route('/', viewRoutes(team, { clock }))
    .route('/', readRoutes(store))
    .route('/', queryRoutes(store))
    .route('/', reviewRoutes(store))
    .route('/', tieRoutes(store))
    .route('/', placeRoutes(store))
    .route('/', vocabRoutes())
    .route('/', trendRoutes(store));
}

/** The API's type: every route's path, input and answer, for `hc` and the web's `apiGet`. */
export type Api = ReturnType<typeof apiRoutes>;
