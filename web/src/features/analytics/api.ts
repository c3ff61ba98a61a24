// The analytics page sees the server only through these types (the layer rule: web → server types only).
import type { GetAnswer } from '../../api/contract.js';

export type Metrics = GetAnswer<'/metrics'>;
export type MetricsSeries = GetAnswer<'/metrics/series'>;
