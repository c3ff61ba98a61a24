import type { GetAnswer } from '../../api/contract.js';

/** GET /api/search, as its handler answers it. */
export type SearchAnswer = GetAnswer<'/search'>;
