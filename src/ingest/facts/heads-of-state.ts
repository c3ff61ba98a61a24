/**
 * A person the text gives as a head of state leads that state: "President Mohamed Bazoum", « le président de la
 * transition, Bah N'Daw », "the government of Ibrahim Traoré", « le chef de l'État, le capitaine Ibrahim Traoré »,
 * "Mahamadou Issoufou, then president", "Damiba, who seized power in a coup", "under the rule of Kaboré". A person the
 * dataset knows heads the country the dataset gives them; a new person, the country the text gives.
 *
 * The state is the one an adjective or a possessive by the title names ("Nigerien President", "Niger's president", « le
 * président nigérien »); else the document's dominant country, unless the sentence names another country (a visit
 * abroad, a foreign leader). The person leads that country's government when the dataset has one ("Government of
 * Mali"), else the state. A president of anything else ("President of the CMA", « le président du HCUA ») is not read.
 */
import type { Actor } from '../../core/model/actor.js';
import type { Place } from '../../core/model/place.js';
import { foldName } from '../../core/text/normalise.js';
import { DEMONYMS } from '../mentions/demonyms.js';
import type { Mention } from '../mentions/find-mentions.js';
import { validOf, type ExtractedRelation } from './extract-relations.js';
import type { SentenceView } from './sentence-view.js';

const RANK = String.raw`(?:(?:the\s+|le\s+|la\s+)?(?:captain|capitaine|colonel|colonel-major|general|général|lieutenant-colonel|lieutenant|commandant|major|marshal|maréchal|chef\s+d['’]escadron)\s+)?`;
const TITLE_EN = String.raw`(?:(?:former|interim|transitional|acting|then)[\s-]+)?president|head\s+of\s+state`;
const TITLE_FR = String.raw`(?:ancien\s+)?président(?:e)?(?:\s+(?:de\s+la\s+transition|par\s+intérim|de\s+transition|élu|déchu|de\s+la\s+République))?|chef\s+de\s+l['’][ée]tat`;

/** The words right before a person that make them head of state; `adj` catches a demonym by the title. */
const BEFORE = new RegExp(
  String.raw`(?<![\p{L}-])(?:(?:the\s+|le\s+|la\s+|l['’])?(?:(?<adj1>\p{L}+)\s+)?(?:${TITLE_EN}|${TITLE_FR})(?:\s+(?<adj2>\p{Lu}?\p{Ll}+))??|(?:the|a|its|le|un|son)\s+(?:(?:military|transitional|civilian|de\s+transition|militaire)\s+)?(?:government|regime|gouvernement|régime)(?:\s+(?:de\s+transition|militaire))?\s+(?:of|du|de|led\s+by|headed\s+by|dirigé\s+par|conduit\s+par)|under\s+the\s+(?:rule|presidency)\s+of|sous\s+la\s+présidence\s+(?:de|du|d['’]))\s*,?\s*${RANK}$`,
  'iu',
);

/** The words right after a person that make them head of state. */
const AFTER = new RegExp(
  String.raw`^\s*,\s*(?:(?:then|the|its|alors|le|l['’])\s*)?(?:${TITLE_EN}|${TITLE_FR})(?![\p{L}-])(?!\s+(?:of|du|de|des|d['’])\s)|^\s*,?\s*(?:who|qui)\s+(?:had\s+|has\s+|a\s+|avait\s+)?(?:seized|took|taken|pris)\s+(?:power|office|le\s+pouvoir)|^\s+(?:[\p{L}-]+\s+){0,2}?(?:seized|took|a\s+pris|avait\s+pris)\s+(?:power|le\s+pouvoir)`,
  'iu',
);

const WORD = /\p{L}+/gu;
const ACROSS_BORDER =
  /(?:borders?|fronti[èe]res?)\s+(?:with|of|between|avec|de|du|d['’]|entre)\s+(?:(?:the|la|le|l['’])\s*)?(?:[^,;.]{0,20}\s(?:and|et)\s+)?$/iu;

const NEGATION = /(?<![\p{L}])(?:not|never|n['’]|ne|jamais)(?![\p{L}])/iu;

/** Kinds of mention that name a country in a sentence. */
const COUNTRY_KINDS = new Set(['state', 'country']);

export class HeadsOfState {
  private constructor(
    private readonly ruled: ReadonlyMap<string, Mention>,
    private readonly demonyms: ReadonlyMap<string, string>,
    private readonly countryOf: (m: Mention) => string | undefined,
    private readonly dominant: string | undefined,
    private readonly personCountry: ReadonlyMap<string, string>,
  ) {}

  /** The reader for one document: each country's government or state, and the document's dominant country. */
  static from(actors: readonly Actor[], places: readonly Place[], mentions: readonly Mention[], text: string): HeadsOfState {
    const ruled = new Map<string, Mention>();
    const entry = (a: Actor): Mention => ({ kind: 'actor', id: a.id, name: a.name, type: a.kind, start: 0, end: 0, surface: a.name, via: 'name' });
    for (const a of actors) if (a.kind === 'state' && a.country && !ruled.has(a.country)) ruled.set(a.country, entry(a));
    // "Government of Mali": the dataset records who heads a government there, not the state.
    for (const a of actors)
      if (
        a.kind === 'other_org' &&
        a.country &&
        /^government\s+of\s/iu.test(a.name) &&
        foldName(a.name).endsWith(foldName(ruled.get(a.country)?.name ?? '\u0000'))
      )
        ruled.set(a.country, entry(a));
    const demonyms = new Map<string, string>();
    for (const a of actors) if (a.kind === 'state' && a.country) for (const d of DEMONYMS[foldName(a.name)] ?? []) demonyms.set(foldName(d), a.country);
    const placeCountry = new Map(places.filter((p) => p.kind === 'country').map((p) => [p.id, p.country]));
    const stateCountry = new Map(actors.filter((a) => a.kind === 'state' && a.country).map((a) => [a.id, a.country as string]));
    const countryOf = (m: Mention) => (m.kind === 'place' ? placeCountry.get(m.id) : stateCountry.get(m.id));
    // The dominant country is counted over the places and states the document names (not across a border) and its
    // demonyms ("Nigerien bases"): a brief about Niger may name only Malian towns besides its own villages.
    const anyCountry = new Map(places.filter((p) => p.kind !== 'area').map((p) => [p.id, p.country]));
    const counts = new Map<string, number>();
    const count = (c: string | undefined) => c && ruled.has(c) && counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const m of mentions)
      if (!ACROSS_BORDER.test(text.slice(Math.max(0, m.start - 40), m.start))) count(m.kind === 'place' ? anyCountry.get(m.id) : stateCountry.get(m.id));
    for (const m of text.matchAll(WORD)) count(demonyms.get(foldName(m[0])));
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
    // Only a clear lead makes a country the document's: a text split between two is no ground for a guess.
    const dominant = first && first[1] > 1.5 * (second?.[1] ?? 0) ? first[0] : undefined;
    const personCountry = new Map(actors.flatMap((a) => (a.kind === 'person' && a.country ? [[a.id, a.country] as const] : [])));
    return new HeadsOfState(ruled, demonyms, countryOf, dominant, personCountry);
  }

  /** `leads` from each person the sentence gives as a head of state to the state or government they head. */
  in(view: SentenceView): ExtractedRelation[] {
    const found: { relation: ExtractedRelation; stated: boolean; seized: boolean }[] = [];
    const named = [...view.actors, ...view.places].filter((m) => COUNTRY_KINDS.has(m.type) || m.kind === 'place').map((m) => this.countryOf(m));
    for (const person of view.actors) {
      // A person of the dataset with no country recorded could be anyone's head: no guess from the text's countries.
      const known = person.via === 'proposed' ? undefined : this.personCountry.get(person.id);
      if (person.type !== 'person' || (person.via !== 'proposed' && !known)) continue;
      const before = view.text.slice(Math.max(0, person.start - view.start - 90), person.start - view.start);
      const after = view.text.slice(person.end - view.start, person.end - view.start + 60);
      const cue = BEFORE.exec(before) ?? AFTER.exec(after);
      if (!cue) continue;
      const cueStart = cue.input === before ? person.start - before.length + cue.index : person.end + cue.index;
      const cueEnd = cueStart + cue[0].length;
      // "who never took power": a denied title gives nothing (the person's own name may hold an "N'").
      if (NEGATION.test(cue[0])) continue;
      const country = known ? { id: known, stated: true } : this.countryFor(view, cue, cueStart, named);
      const state = country.id ? this.ruled.get(country.id) : undefined;
      if (!state) continue;
      const valid = validOf('leads', view);
      const relation: ExtractedRelation = {
        type: 'leads',
        from: person,
        to: state,
        sentence: view.index,
        trigger: { start: cueStart, end: cueEnd },
        ...(valid ? { valid } : {}),
      };
      found.push({ relation, stated: country.stated, seized: cue.input === after && /power|office|pouvoir/iu.test(cue[0]) });
    }
    // "President Macron met President Bazoum": two heads of one state is a guess gone wrong, unless the text says whose,
    // or one of the two seized power: "X took power by deposing President Y" names two heads, one after the other.
    return found
      .filter((f) => {
        const rivals = found.filter((g) => g.relation.to.id === f.relation.to.id);
        return rivals.length === 1 || (f.stated && rivals.filter((g) => g.stated).length === 1) || (rivals.length === 2 && rivals.some((g) => g.seized));
      })
      .map((f) => f.relation);
  }

  /** The country whose head the cue names, and whether the text says it (an adjective, a possessive) or it is the document's. */
  private countryFor(
    view: SentenceView,
    cue: RegExpExecArray,
    cueStart: number,
    named: readonly (string | undefined)[],
  ): { id: string | undefined; stated: boolean } {
    for (const adj of [cue.groups?.['adj1'], cue.groups?.['adj2']]) {
      const c = adj ? this.demonyms.get(foldName(adj)) : undefined;
      if (c) return { id: c, stated: true };
    }
    // "Niger's President X": the country named right before the title.
    const owner = [...view.actors, ...view.places].find(
      (m) => m.end <= cueStart && /^['’](?:s\s*)?$|^['’]s\s+\p{Ll}+\s*$/u.test(view.text.slice(m.end - view.start, cueStart - view.start)),
    );
    const owned = owner ? this.countryOf(owner) : undefined;
    if (owned) return { id: owned, stated: true };
    // A sentence that names another country may speak of its leader: no guess then.
    const others = named.filter((c): c is string => c !== undefined && c !== this.dominant);
    return { id: others.length === 0 ? this.dominant : undefined, stated: false };
  }
}
