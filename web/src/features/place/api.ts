import type { GetAnswer } from '../../api/contract.js';

/** GET /api/places/:id/profile, as its handler answers it. */
export type PlaceProfile = GetAnswer<'/places/:id/profile'>;
export type PlaceYear = PlaceProfile['events']['byYear'][number];
export type PlaceEvent = PlaceProfile['events']['list'][number];
