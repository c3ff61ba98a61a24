/**
 * What a report cites is the report's source, not an actor of the conflict: news outlets and agencies, the monitors and
 * research groups whose reports it quotes, and the researchers, analysts and journalists it names as such. Their spans
 * are found here so that no mention is read inside them and no actor is proposed from them (they belong in the
 * source's metadata).
 */
import { nameKeys, type Token } from '../text/tokens.js';

/** Outlets, agencies, platforms and monitors that reports cite, English and French spellings (folded on use). */
const OUTLETS = [
  'AFP',
  'Agence France-Presse',
  'Agence France Presse',
  'Reuters',
  'Associated Press',
  'BBC',
  'RFI',
  'Radio France Internationale',
  'France 24',
  'France24',
  'TV5Monde',
  'TV5 Monde',
  'Le Monde',
  'Libération',
  'Le Figaro',
  'Le Point',
  "L'Express",
  'Jeune Afrique',
  'Mondafrique',
  'Studio Tamani',
  'Sahelien',
  'Al Jazeera',
  'Aljazeera',
  'VOA',
  'Voice of America',
  'Deutsche Welle',
  'New York Times',
  'Washington Post',
  'Wall Street Journal',
  'Financial Times',
  'The Guardian',
  'The Economist',
  'Middle East Eye',
  'Long War Journal',
  'Menastream',
  'Amaq',
  'Telegram',
  'Twitter',
  'Facebook',
  'WhatsApp',
  'YouTube',
  'Human Rights Watch',
  'HRW',
  'Amnesty International',
  'International Crisis Group',
  'Crisis Group',
  'ACLED',
  'Armed Conflict Location and Event Data',
  'UCDP',
  'SIPRI',
  'Stockholm International Peace Research Institute',
  'ECFR',
  'European Council on Foreign Relations',
  'Chatham House',
  'Clingendael',
  'Brookings',
  'Carnegie Endowment',
  'Institute for Security Studies',
  'Critical Threats',
  'Centre FrancoPaix',
];

/** The outlets' folded keys, for the gazetteer's trie and for `isOutletName`. */
const OUTLET_KEYS = OUTLETS.map((o) => nameKeys(o));
const OUTLET_NAMES = new Set(OUTLETS.map((o) => nameKeys(o).join(' ')));

/** Whether a name (as recorded or as written) is that of an outlet or monitor a report cites. */
export function isOutletName(name: string): boolean {
  return OUTLET_NAMES.has(nameKeys(name).join(' '));
}

/** Functions that make a named person a source the report quotes rather than an actor. */
const SOURCE_ROLES =
  'researcher|researchers|analyst|analysts|specialist|expert|scholar|academic|professor|journalist|reporter|correspondent|author|historian|anthropologist|' +
  'chercheur|chercheuse|chercheurs|analyste|spécialiste|experte|universitaire|professeur|professeure|journaliste|correspondant|correspondante|auteur|autrice|historien|historienne|anthropologue';
/** "The specialist X", "le chercheur nigérien X": the role, an optional adjective, then the name. */
const ROLE_BEFORE = new RegExp(`(?:^|[\\s(])(?:${SOURCE_ROLES})(?:\\s+\\p{Ll}+)?\\s+$`, 'iu');
/** "X, a researcher at", "X, chercheur à": the name, a comma, an optional article and adjective, the role. */
const ROLE_AFTER = new RegExp(`^\\s*,\\s+(?:(?:a|an|the|un|une|le|la)\\s+)?(?:\\p{L}+\\s+)?(?:${SOURCE_ROLES})(?![\\p{L}\\p{N}])`, 'iu');

export interface Span {
  start: number;
  end: number;
}

const isCapitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.surface);

/** Outlet names written in the text: whole-token matches, an acronym only in upper case. */
function outletSpans(text: string, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const keys of OUTLET_KEYS) {
      if (keys.length === 0 || i + keys.length > tokens.length) continue;
      if (!keys.every((k, j) => tokens[i + j]?.key === k)) continue;
      const first = tokens[i] as Token;
      const last = tokens[i + keys.length - 1] as Token;
      const surface = text.slice(first.start, last.end);
      if (!/^\p{Lu}/u.test(surface)) continue;
      // "Telegram" or "Amaq" are outlets; a capitalised run that goes on ("Human Rights Watch Africa") is one name.
      if (isCapitalised(tokens[i + keys.length]) && /^[ ]$/.test(text.slice(last.end, tokens[i + keys.length]?.start))) continue;
      out.push({ start: first.start, end: last.end });
      i += keys.length - 1;
      break;
    }
  }
  return out;
}

/** A run of capitalised tokens (with name particles) starting at `i`: its last index. */
function nameRun(text: string, tokens: readonly Token[], i: number, forward: boolean): number {
  let j = i;
  for (let n = 0; n < 5; n++) {
    const k = forward ? j + 1 : j - 1;
    const a = tokens[Math.min(j, k)];
    const b = tokens[Math.max(j, k)];
    if (!a || !b || !/^[ -]$/.test(text.slice(a.end, b.start))) break;
    const t = tokens[k] as Token;
    if (isCapitalised(t) || /^(ag|ould|ben|bin|ibn|al|el|dit|de|le)$/.test(t.key)) j = k;
    else break;
  }
  // Trailing particles belong to no name.
  while (j !== i && !isCapitalised(tokens[j])) j += forward ? -1 : 1;
  return j;
}

/** Persons named with a research or press role: "the specialist X", "X, a researcher at …". */
function sourcePersons(text: string, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isCapitalised(t)) continue;
    const startsName = i === 0 || !isCapitalised(tokens[i - 1]) || !/^[ -]$/.test(text.slice(tokens[i - 1]?.end, t.start));
    if (!startsName) continue;
    const j = nameRun(text, tokens, i, true);
    const last = tokens[j] as Token;
    if (ROLE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) || ROLE_AFTER.test(text.slice(last.end, last.end + 40))) {
      out.push({ start: t.start, end: last.end });
    }
    i = j;
  }
  return out;
}

/** One reference of an author-date citation: "McGregor, 2016", "Bencherif, Campana and Stockemer, 2023, pp. 664–665". */
const REFERENCE =
  /^(?:see\s+|cf\.\s+|voir\s+)?(?:\p{Lu}[\p{L}'’-]+(?:\s+(?:and|et|&)\s+|,\s+|\s+))+(?:et\s+al\.,?\s+)?(?:19|20)\d{2}[a-z]?(?:,\s*(?:pp?\.\s*)?[\d–-]+)?$/u;

/** The authors of author-date citations in brackets ("(Charbonneau 2017; Sears 2017)"): sources, not actors. */
function citedAuthors(text: string, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/\(([^()]{4,200})\)/g)) {
    const parts = (m[1] ?? '').split(';').map((p) => p.trim());
    if (!parts.every((p) => REFERENCE.test(p))) continue;
    const start = m.index + 1;
    const end = m.index + m[0].length - 1;
    for (const t of tokens) if (t.start >= start && t.end <= end && isCapitalised(t)) out.push({ start: t.start, end: t.end });
  }
  return out;
}

/** Spans of the text that cite a source: outlets and monitors by name, persons named as researchers or journalists, cited authors. */
export function sourceSpans(text: string, tokens: readonly Token[]): Span[] {
  return [...outletSpans(text, tokens), ...sourcePersons(text, tokens), ...citedAuthors(text, tokens)].sort((a, b) => a.start - b.start);
}

/** Verbs and phrases that make an organisation the publisher the report cites ("X published a report", "selon X"). */
const PUBLISHES_AFTER =
  /^\s*(?:\([^)]{1,12}\)\s*)?(?:a\s+|has\s+|have\s+|ont\s+)?(?:publi[ée]|published|released|documented|documenté|a\s+documenté|recorded|recensé|reported|rapporté|counted|said\s+in\s+a\s+report|in\s+a\s+report|dans\s+un\s+rapport)/iu;
const CITED_BEFORE =
  /(?:according\s+to|selon|d['’]après|told|cited\s+by|quoted\s+by|interrogés?\s+par|cités?\s+par)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?$/iu;

/** Whether an organisation named at [start, end) is cited as a source there ("X published…", "according to X"). */
export function isCitedAt(text: string, span: Span): boolean {
  return PUBLISHES_AFTER.test(text.slice(span.end, span.end + 60)) || CITED_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start));
}

/**
 * The names the spans give, once each in order of first appearance: what the report cites, for its
 * source's metadata. A name split over a line break reads as one line; case and accents decide nothing.
 */
export function citedNames(text: string, spans: readonly Span[]): string[] {
  const out = new Map<string, string>();
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const name = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    const key = nameKeys(name).join(' ');
    if (key !== '' && !out.has(key)) out.set(key, name);
  }
  return [...out.values()];
}

/** Whether a span overlaps any of the given spans. */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}
