/**
 * Annotations of the seed documents, stored as locators: offsets and hashes into the normalised
 * text, never the text itself. One JSON object per line in eval/annotations/NNN.jsonl.
 */
import type { Fatalities } from '../src/core/model/event.js';

export interface Locator {
  start: number;
  end: number;
  sha256: string;
}

export type Annotation =
  | ({ type: 'region' } & Locator)
  | ({ type: 'mention'; id: string } & Locator)
  | ({ type: 'date'; edtf: string } & Locator)
  | { type: 'relation'; relation: string; from: string; to: string; evidence: Locator }
  | { type: 'event'; event: string; date?: string; place?: string; participants: string[]; fatalities?: Fatalities; evidence: Locator };
