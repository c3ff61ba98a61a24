// What the Trends page reads from the server, as types only (the layer rule: web → server types only).
import type { GetAnswer } from '../../api/contract.js';

/** GET /api/trends: events and fatalities per period and series, spans apart. */
export type Trend = GetAnswer<'/trends'>;
export type TrendPoint = Trend['points'][number];
export type TrendSpan = Trend['spans'][number];
