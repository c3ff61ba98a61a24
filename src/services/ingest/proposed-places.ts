/**
 * Places proposed from the text alone (a village, a forest, a district that neither the dataset nor the gazetteer
 * holds) become proposals of their own when a proposed relation or event points at them, so the reviewer can accept
 * or merge the place before the fact that needs it. What the text says the place lies in is read, never guessed:
 * the country (and region, cercle or commune) that the place's sentence names, else the one country all the
 * document's sub-national places share. Coordinates are left for the reviewer.
 */
import type { Place } from '../../core/model/place.js';
import type { Extraction } from '../../ingest/extract.js';
import type { Mention } from '../../ingest/mentions/find-mentions.js';

/** A place the text names that a proposal points at, with where the text puts it. */
export interface ProposedPlace {
  id: string;
  name: string;
  kind: Place['kind'];
  /** Offset (UTF-16) of its first mention, whose sentence is the proposal's evidence. */
  start: number;
  /** ISO 3166-1 alpha-2, when the sentence or the document gives one country. */
  country?: string;
  /** A recorded region, cercle or commune the sentence names in that country. */
  parent?: string;
  /** Where the country was read: the place's own sentence or the document as a whole. */
  lieIn?: 'sentence' | 'document';
}

const PROPOSED_KINDS: ReadonlySet<string> = new Set(['village', 'town', 'area', 'site']);
const ADMIN_UNITS: ReadonlySet<string> = new Set(['region', 'cercle', 'commune']);

/** The one country every place given shares, or undefined when they name none or several. */
function sharedCountry(places: readonly Place[]): string | undefined {
  const countries = new Set(places.map((p) => p.country));
  return countries.size === 1 ? [...countries][0] : undefined;
}

/** The proposed places that `pointedAt` (ids an event or a relation proposal names) holds, in reading order. */
export function proposedPlaces(extraction: Extraction, known: ReadonlyMap<string, Place>, pointedAt: ReadonlySet<string>): ProposedPlace[] {
  const first = new Map<string, Mention>();
  for (const m of extraction.mentions) {
    if (m.kind !== 'place' || m.via !== 'proposed' || known.has(m.id) || !pointedAt.has(m.id) || first.has(m.id)) continue;
    first.set(m.id, m);
  }
  const recorded = (m: Mention) => (m.kind === 'place' && m.via !== 'proposed' ? known.get(m.id) : undefined);
  // Countries name no setting on their own ("France" in a report on Mali); a town or region does.
  const documentCountry = sharedCountry(extraction.mentions.map(recorded).filter((p): p is Place => p !== undefined && p.kind !== 'country'));
  const out: ProposedPlace[] = [];
  for (const m of first.values()) {
    const sentence = extraction.sentences.find((s) => s.start <= m.start && m.start < s.end);
    const around = extraction.mentions
      .filter((x) => sentence && x !== m && sentence.start <= x.start && x.start < sentence.end)
      .sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))
      .map(recorded)
      .filter((p): p is Place => p !== undefined);
    const inSentence = sharedCountry(around);
    const country = inSentence ?? documentCountry;
    const parent = country ? around.find((p) => ADMIN_UNITS.has(p.kind) && p.country === country) : undefined;
    out.push({
      id: m.id,
      name: m.name,
      kind: PROPOSED_KINDS.has(m.type) ? (m.type as Place['kind']) : 'village',
      start: m.start,
      ...(country ? { country, lieIn: inSentence ? ('sentence' as const) : ('document' as const) } : {}),
      ...(parent ? { parent: parent.id } : {}),
    });
  }
  return out;
}

/** The proposed record: the name as written, where the text puts it, and a description the reviewer replaces. */
export function placeValue(p: ProposedPlace): Record<string, unknown> {
  return {
    kind: p.kind,
    name: p.name,
    ...(p.country ? { country: p.country } : {}),
    ...(p.parent ? { parent: p.parent } : {}),
    description: `${p.kind[0]?.toUpperCase()}${p.kind.slice(1)} named in an ingested document; proposed by the extractor, to be located by a reviewer.`,
  };
}

/** The proposal's note: what was read and where its country comes from, or that the reviewer must choose one. */
export function placeNote(p: ProposedPlace): string {
  const where = p.country
    ? `in ${p.country}${p.parent ? `, ${p.parent.slice(p.parent.indexOf(':') + 1)}` : ''}, as the ${p.lieIn ?? 'sentence'} gives`
    : 'the text gives no country: choose one before accepting';
  return `new ${p.kind} named in the text (${where})`;
}
