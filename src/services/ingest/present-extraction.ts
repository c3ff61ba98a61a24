import { CodePointIndex } from '../../core/text/normalise.js';
import type { Extraction } from '../../ingest/extract.js';

/** What `ingest --dry-run --json` prints for one document; offsets count code points (T2). */
export interface ExtractionReport {
  mentions: { kind: 'actor' | 'place'; id?: string; proposed?: string; surface: string; start: number; end: number }[];
  proposedActors: { id: string; name: string; kind: string; acronym?: string; title?: string; cue: string; start: number; end: number }[];
  dates: { surface: string; edtf: string; role: string; start: number; end: number }[];
  relations: { type: string; from: string; to: string; valid?: string; sentence: { start: number; end: number } }[];
  events: {
    type: string;
    date?: string;
    place?: string;
    placePrecision?: number;
    participants: { actor: string; role: string; attribution?: string }[];
    fatalities?: Record<string, number>;
    sentence: { start: number; end: number };
  }[];
}

/** The extraction with code-point offsets and ids only: short surfaces, never whole passages. */
export function presentExtraction(extraction: Extraction, text: string): ExtractionReport {
  const index = new CodePointIndex(text);
  const cp = (n: number) => index.toCodePoint(n);
  const span = (sentence: number) => ({ start: cp(extraction.sentences[sentence]?.start ?? 0), end: cp(extraction.sentences[sentence]?.end ?? 0) });
  return {
    mentions: extraction.mentions.map((m) => ({
      kind: m.kind,
      ...(m.via === 'proposed' ? { id: m.id, proposed: m.name } : { id: m.id }),
      surface: m.surface,
      start: cp(m.start),
      end: cp(m.end),
    })),
    proposedActors: extraction.proposedActors.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      ...(p.acronym ? { acronym: p.acronym } : {}),
      ...(p.title ? { title: p.title } : {}),
      cue: p.cue,
      start: cp(p.start),
      end: cp(p.end),
    })),
    dates: extraction.dates.map((d) => ({ surface: d.surface, edtf: d.edtf, role: d.role, start: cp(d.start), end: cp(d.end) })),
    relations: extraction.relations.map((r) => ({
      type: r.type,
      from: r.from.id,
      to: r.to.id,
      ...(r.valid ? { valid: r.valid } : {}),
      sentence: span(r.sentence),
    })),
    events: extraction.events.map((e) => ({
      type: e.type,
      ...(e.date ? { date: e.date } : {}),
      ...(e.place ? { place: e.place.id, placePrecision: e.placePrecision ?? 1 } : {}),
      participants: e.participants.map((p) => ({ actor: p.actor.id, role: p.role, ...(p.attribution ? { attribution: p.attribution } : {}) })),
      ...(e.fatalities ? { fatalities: e.fatalities as Record<string, number> } : {}),
      sentence: span(e.sentence),
    })),
  };
}
