/**
 * A state's army named by a common noun ("the army", "Nigerien soldiers" beyond the gazetteer's forms, "l’armée
 * burkinabè", "les soldats", "le camp militaire de Dioura", "the army post at Indelimane", "the junta’s forces"), read
 * as a reference to that state's national force for the relation view, as the document-subject anaphors are. They are
 * never mentions: a reviewer records no actor from "the army", and the mention scorer does not see them.
 *
 * The state is the one the phrase's adjective names ("malienne", "Nigerien"); else the one of a place the sentence
 * names; else the document's dominant country. An adjective of a state that has no national force in the dataset
 * ("French troops", "des troupes tchadiennes"), a foreign or non-state qualifier ("foreign troops", "l’armée
 * supplétive"), an owner ("its forces", "the troops of X") or a force named right before ("Wagner troops") resolves
 * to nothing: a wrong end is worse than a missing one.
 */
import type { Actor } from '../../core/model/actor.js';
import type { Place } from '../../core/model/place.js';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { foldName } from '../../core/text/normalise.js';
import { DEMONYMS } from '../mentions/demonyms.js';
import type { Mention } from '../mentions/find-mentions.js';
import type { TaggedToken } from '../text/tagger.js';
import type { SentenceView } from './sentence-view.js';
import type { Anaphor } from './subject.js';

const B = String.raw`(?<![\p{L}\p{N}-])`;
const E = String.raw`(?![\p{L}\p{N}-])`;

/** Plural and accented forms the gazetteer's demonym table leaves out, since it builds fixed phrases from it. */
const MORE_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  mali: ['maliens', 'maliennes', 'malienne', 'malien'],
  niger: ['nigériens', 'nigérien', 'Nigerien', 'Nigérien'],
  'burkina faso': ['burkinabè', 'burkinabès', 'burkinabé', 'burkinabés', 'burkinabe', 'Burkinabè', 'Burkinabé'],
};

/** What a force owns that the army's name may qualify ("the army camp at Bourem", "an army patrol"). */
const OWNED =
  /^(?:camps?|posts?|outposts?|bases?|barracks|garrisons?|patrols?|convoys?|columns?|positions?|checkpoints?|units?|vehicles?|helicopters?|drones?|officers?|chiefs?|commanders?|deserters?|spokes(?:man|woman|person)|staff|headquarters|leadership)$/iu;

/** Words after "military" that leave it a noun: a verb or a function word. */
const MILITARY_NOUN_NEXT =
  /^(?:has|had|have|is|was|were|are|said|says|and|or|in|on|at|to|from|for|with|by|which|that|who|claimed|announced|reported|launched|killed|attacked|took|retook|seized|carried|conducted|stormed|repelled|fought|clashed|withdrew|regained|recaptured|deployed|moved)$/iu;

/** English: "the army", "the military", "(the) troops", "soldiers", "government forces", "the junta's troops". */
const ENGLISH = new RegExp(
  String.raw`${B}(?:(?<det>the|an?|its|their|his|our|these|those|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|some)\s+)?(?:(?<adj>\p{L}[\p{L}-]*)\s+)?(?<ref>army|military|armed\s+forces|troops|soldiers|servicemen|(?:pro-)?government\s+(?:forces|troops|soldiers)|junta['’]s\s+(?:forces|troops|soldiers|army)|regular\s+(?:army|forces|troops))${E}`,
  'giu',
);

/** French: "l’armée (malienne)", "les soldats (burkinabè)", "les FDS", "l’état-major des armées", "le camp militaire". */
const FRENCH = new RegExp(
  String.raw`${B}(?<det>l['’]|les|des|nos|leurs?|ses|son|sa|la|le|une?|du|au|aux|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)\s*(?<ref>arm[ée]e|forces\s+arm[ée]es|militaires|soldats|troupes|forces\s+(?:de\s+d[ée]fense\s+et\s+de\s+s[ée]curit[ée]|gouvernementales|loyalistes|r[ée]guli[èe]res)|FDS|[ée]tat-major\s+(?:g[ée]n[ée]ral\s+)?des\s+arm[ée]es|(?:camp|base|poste|garnison)\s+militaire|(?:forces|troupes|soldats)\s+de\s+la\s+junte)(?:\s+(?<adj>[\p{L}-]+))?${E}`,
  'gu',
);

/** A word before or after the noun that makes the force foreign, international or non-state. */
const NOT_NATIONAL =
  /^(?:foreign|international|UN|U\.N\.|peacekeeping|western|european|allied|rebel|militia|private|mercenary|russian|french|american|jihadist|islamist|[ée]trang[èe]re?s?|internationa(?:l|le|les|ux)|onusiens?|suppl[ée]ti(?:f|ve|ves|fs)|priv[ée]e?s?|rebelles?|islamiques?|secr[èe]te?s?|r[ée]volutionnaires?|populaires?|de|du|des|d['’])$/iu;

/** An owner after the noun: "the troops of X", "les soldats de l’opération Barkhane", "troops from MINUSMA". */
const OWNER_AFTER = /^\s+(?:of|from|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?$/iu;

/** "our forces", "nos soldats": a communiqué's own force, read as the army only when an army issues the text. */
const FIRST_PERSON = /^(?:our|nos)$/iu;
const ARMY_ISSUER =
  /(?:[ée]tat-major|communiqu[ée]|statement|press\s+release)[^.]{0,120}(?:arm[ée]es?|army|armed\s+forces|FAMa|FDS)|(?:arm[ée]es?|army|armed\s+forces|FAMa|FDS)[^.]{0,120}(?:communiqu[ée]|statement|press\s+release)/iu;

const ACROSS_BORDER =
  /(?:borders?|fronti[èe]res?)\s+(?:with|of|between|avec|de|du|d['’]|entre)\s+(?:(?:the|la|le|l['’])\s*)?(?:[^,;.]{0,20}\s(?:and|et)\s+)?$/iu;

/** Actors whose own troops a phrase right after them names. */
const FOREIGN_KINDS = new Set(['state', 'state_force', 'international_force']);

/** The national army of each country: the state force whose own name says "armed forces" or "army" of that country. */
function nationalArmies(actors: readonly Actor[]): Map<string, Actor> {
  const out = new Map<string, Actor>();
  for (const a of actors) {
    if (a.kind !== 'state_force' || !a.country || out.has(a.country)) continue;
    const names = [a.name, ...(a.aliases ?? []).map((x) => x.name)].map(foldName);
    // "Malian Armed Forces", "Forces armées maliennes", "Malian army": an adjective and the noun, nothing more; an
    // operation, a service or a centre whose long name mentions the army is not the army.
    if (names.some((n) => /^(?:\S+ )?(?:armed forces|army|military)$|^(?:forces armees|armee)(?: \S+)?$/u.test(n))) out.set(a.country, a);
  }
  return out;
}

/** Each known demonym, folded, with its state's country code. */
function demonymCountries(actors: readonly Actor[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const state of actors) {
    if (state.kind !== 'state' || !state.country) continue;
    const key = foldName(state.name);
    for (const d of [...(DEMONYMS[key] ?? []), ...(MORE_DEMONYMS[key] ?? [])]) out.set(foldName(d), state.country);
  }
  return out;
}

export class ForceReferences {
  private constructor(
    private readonly armies: ReadonlyMap<string, Actor>,
    private readonly demonyms: ReadonlyMap<string, string>,
    private readonly countryOf: (m: Mention) => string | undefined,
    /** Countries with a national army, by how often the document names a place or state of theirs. */
    private readonly dominant: string | undefined,
    private readonly armyIssued: boolean,
  ) {}

  /** The resolver for one document, from the dataset and the document's mentions. */
  static from(actors: readonly Actor[], places: readonly Place[], mentions: readonly Mention[], text: string): ForceReferences {
    const armies = nationalArmies(actors);
    const placeCountry = new Map(places.map((p) => [p.id, p.country]));
    const actorCountry = new Map(actors.filter((a) => a.country).map((a) => [a.id, a.country as string]));
    // An area ("the Sahel", "the Liptako-Gourma") spans several states, whatever country the dataset files it under.
    const countryOf = (m: Mention) =>
      m.kind === 'place'
        ? m.type === 'area'
          ? undefined
          : placeCountry.get(m.id)
        : m.type === 'state' || m.type === 'state_force' || m.type === 'international_force'
          ? actorCountry.get(m.id)
          : undefined;
    const counts = new Map<string, number>();
    for (const m of mentions) {
      const c = ACROSS_BORDER.test(text.slice(Math.max(0, m.start - 40), m.start)) ? undefined : countryOf(m);
      if (c && armies.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    // A document split between two countries has no dominant one.
    const dominant = ranked[0] && (ranked.length === 1 || ranked[0][1] > (ranked[1]?.[1] ?? 0)) ? ranked[0][0] : undefined;
    return new ForceReferences(armies, demonymCountries(actors), countryOf, dominant, ARMY_ISSUER.test(text.slice(0, 600)));
  }

  /** The references of a sentence, as anaphors over its tokens; `taken` are the mentions and anaphors already read. */
  in(view: SentenceView, tokens: readonly TaggedToken[], taken: readonly Mention[]): Anaphor[] {
    const out: Anaphor[] = [];
    for (const re of [ENGLISH, FRENCH]) {
      for (const m of view.text.matchAll(re)) {
        const g = m.groups ?? {};
        const ref = g.ref ?? '';
        const refStart = view.start + (m.index ?? 0) + m[0].indexOf(ref, g.det?.length ?? 0);
        const span = this.span(view, re === ENGLISH, g, refStart, ref);
        if (!span) continue;
        if (taken.some((t) => t.start < span.end && span.start < t.end) || out.some((a) => a.mention.start < span.end && span.start < a.mention.end)) continue;
        const army = this.resolve(view, g, span, taken);
        if (!army) continue;
        const first = tokens.findIndex((t) => t.start >= span.start);
        const last = tokens.findLastIndex((t) => t.end <= span.end);
        if (first < 0 || last < first) continue;
        const surface = view.text.slice(span.start - view.start, span.end - view.start);
        out.push({
          mention: { kind: 'actor', id: army.id, name: army.name, type: army.kind, start: span.start, end: span.end, surface, via: 'generated' },
          first,
          last,
        });
      }
    }
    return out.sort((a, b) => a.mention.start - b.mention.start);
  }

  /** The span that stands for the force, or none when the phrase is no state's force. */
  private span(
    view: SentenceView,
    english: boolean,
    g: Record<string, string | undefined>,
    start: number,
    ref: string,
  ): { start: number; end: number } | undefined {
    const det = g.det ?? '';
    // "its forces", "ses soldats": the possessive's owner, which the subject anaphors read.
    if (/^(?:its|their|his|leurs?|ses|son|sa)$/iu.test(det) || /^(?:whose|its|their|his)$/iu.test(g.adj ?? '')) return undefined;
    if (FIRST_PERSON.test(det) && !this.armyIssued) return undefined;
    const end = start + ref.length;
    const after = view.text.slice(end - view.start);
    if (english) {
      const word = /^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '';
      const noun = /^(?:army|military)$/iu.test(ref);
      // "the army camp at Bourem", "an army patrol": the army owns what follows; "the military wing of X", "military
      // operations", "the army of liberation" are no reference.
      if (noun && word && OWNED.test(word)) return { start, end };
      // "the military said", "the military and Wagner": a noun; "military operations", "the military wing": an adjective.
      if (/^military$/iu.test(ref) && /^\p{Ll}/u.test(word) && !MILITARY_NOUN_NEXT.test(word)) return undefined;
      if (/^army$/iu.test(ref) && /^\s+(?:of|for)\s/iu.test(after) && !/^\s+of\s+(?:the\s+)?\p{Lu}/u.test(after)) return undefined;
    }
    return { start, end };
  }

  /** The national army the phrase names: by its adjective, an owner after it, the sentence's place, or the document. */
  private resolve(
    view: SentenceView,
    g: Record<string, string | undefined>,
    span: { start: number; end: number },
    taken: readonly Mention[],
  ): Actor | undefined {
    const army = this.national(view, g, span, taken);
    // "Les États-Unis comptent 800 militaires au Niger", "Barkhane worked with the troops": a foreign state or force named
    // just before in the clause owns or leads the troops; they are not the army of the place.
    const lead = taken.findLast((t) => t.end <= span.start && t.kind === 'actor');
    if (
      army &&
      lead &&
      FOREIGN_KINDS.has(lead.type) &&
      span.start - lead.end <= 80 &&
      !/[.;:]/.test(view.text.slice(lead.end - view.start, span.start - view.start)) &&
      this.armies.get(this.countryOf(lead) ?? '')?.id !== army.id
    )
      return undefined;
    return army;
  }

  private national(
    view: SentenceView,
    g: Record<string, string | undefined>,
    span: { start: number; end: number },
    taken: readonly Mention[],
  ): Actor | undefined {
    const adj = g.adj ?? '';
    const owned = (owner: Mention | undefined) => {
      const country = owner && (owner.type === 'state' || owner.kind === 'place') ? this.countryOf(owner) : undefined;
      return country ? this.armies.get(country) : undefined;
    };
    // "the troops of X", "l’armée du Mali", "le camp militaire de Dioura", "soldiers from MINUSMA": the owner named
    // after; a state's army, or a place's country's, else none.
    const owner = taken.find(
      (t) => t.start >= span.end && t.start - span.end <= 30 && OWNER_AFTER.test(view.text.slice(span.end - view.start, t.start - view.start)),
    );
    if (adj) {
      const country = this.demonyms.get(foldName(adj));
      if (country) return this.armies.get(country);
      if (/^(?:de|du|des|d)$/iu.test(adj)) return owned(owner);
      if (NOT_NATIONAL.test(adj)) return undefined;
    }
    // "Wagner troops", "JNIM fighters": a named actor right before the noun owns it.
    const before = taken.findLast((t) => t.end <= span.start);
    if (before && /^(?:['’]s)?\s*(?:\p{L}+\s+)?$/u.test(view.text.slice(before.end - view.start, span.start - view.start)) && before.end >= span.start - 16)
      return before.type === 'state' ? owned(before) : undefined;
    if (owner) return owned(owner);
    // The sentence's places, the nearest first; a town or region before a country ("near the border with Niger").
    // "near the border with Niger", "à la frontière du Niger": the country across a border is not where the army is.
    const places = taken
      .filter((t) => (t.kind === 'place' || t.type === 'state') && this.countryOf(t) !== undefined)
      .filter((t) => !ACROSS_BORDER.test(view.text.slice(Math.max(0, t.start - view.start - 40), t.start - view.start)))
      .sort(
        (a, b) =>
          Number(a.type === 'country' || a.type === 'state') - Number(b.type === 'country' || b.type === 'state') ||
          Math.abs(a.start - span.start) - Math.abs(b.start - span.start),
      );
    for (const p of places) {
      const army = this.armies.get(this.countryOf(p) as string);
      if (army) return army;
    }
    // "In Nigeria, the army clashed with ISWAP": a sentence that names another country (known to the dataset or not)
    // speaks of that country's army, which the dataset may lack; the document's country is then no answer.
    if (!this.dominant || namesOtherCountry(view.text, this.dominant, (at) => ACROSS_BORDER.test(view.text.slice(Math.max(0, at - 40), at)))) return undefined;
    return this.armies.get(this.dominant);
  }
}

countries.registerLocale(en);
countries.registerLocale(fr);

/**
 * Whether a capitalised word or pair of words of the text is a country's English or French name other than `code`'s,
 * leaving out the countries `across` says lie across a border ("near the border with Niger").
 */
function namesOtherCountry(text: string, code: string, across: (at: number) => boolean): boolean {
  const words = [...text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const named = (name: string) => countries.getAlpha2Code(name, 'en') ?? countries.getAlpha2Code(name, 'fr');
  return words.some((w, i) => {
    const next = words[i + 1];
    const pair = next && /^\s+$/.test(text.slice(w.end, next.start)) ? named(`${w.word} ${next.word}`) : undefined;
    const found = pair ?? named(w.word);
    return found !== undefined && found !== code && !across(w.start);
  });
}

/**
 * Whether a relation stands on its own ends rather than on a reference's: a common noun for the army places it nowhere
 * ("soldiers near Tabankort", "800 militaires au Niger" said of another state's troops), and annotators record the
 * army's presence from its name only, so `operates_in` from a reference is dropped.
 */
export function keepsReference(r: { type: string; from: Mention }, references: readonly Anaphor[]): boolean {
  return r.type !== 'operates_in' || !references.some((a) => a.mention.start === r.from.start && a.mention.end === r.from.end && a.mention.id === r.from.id);
}
