import type { EventSpanGroup } from '../core/store-port.js';

/** A row of the span aggregation as both adapters' SQL returns it. */
export interface SpanRow {
  first: string;
  last: string;
  key: string;
  events: number;
  unknown: number;
  low: number;
  best: number;
  high: number;
}

/** The port's shape of one span row. */
export function spanGroup(r: SpanRow): EventSpanGroup {
  return { first: r.first, last: r.last, key: r.key, events: r.events, unknown: r.unknown, fatalities: { low: r.low, best: r.best, high: r.high } };
}
