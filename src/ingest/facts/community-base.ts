/**
 * Communities a group draws on, read from the noun phrase around a community's name rather than from one verb:
 * - recruitment: a word for a group's fighters or recruiting stands before the community in the same clause
 *   ("most of its recruits are Fulani", "whose men are mostly Imghad", "draws its fighters from Tuareg and Arab
 *   communities", "puise ses recrues chez les Arabes", "recrute aussi parmi les Peuls"); the group is the nearest
 *   group (or pronoun standing for one) before that word;
 * - description: the community qualifies a common noun for a group ("the Dogon militia", "un groupe armé touareg"),
 *   and that noun phrase describes the nearest group before it in the clause ("X, the Dogon militia", "X est un …").
 */
import type { Mention } from '../mentions/find-mentions.js';
import { CLAUSE_BREAK, type SentenceView } from './sentence-view.js';

const RECRUITS =
  /(?<![\p{L}])(?:recruits?|recruited|recruiting|recruitment|fighters|combatants|members|men|ranks|rank-and-file|membership|drawn|draws?|drew|dominated|recrues|recrute(?:nt)?|recrutait|recrutement|combattants|membres|hommes|rangs|puise(?:nt)?|domin[ée]e?s?)(?![\p{L}])/giu;
const GROUP_NOUN_AFTER =
  /^\s+(?:(?:armed|rebel|jihadist|self-defen[cs]e)\s+)?(?:militia|militias|group|groups|movement|force|forces|rebels|insurgents|fighters)(?![\p{L}])/iu;
const GROUP_NOUN_BEFORE =
  /(?:milices?|groupes?(?:\s+arm[ée]s?)?|mouvements?|rebelles|force(?:\s+d['’]autod[ée]fense)?|self-defen[cs]e\s+force\s+of\s+the)\s+(?:des\s+|de\s+la\s+|du\s+)?$/iu;

const isGroup = (m: Mention) => m.kind === 'actor' && m.type !== 'person' && m.type !== 'community' && m.type !== 'state';

/** The nearest group (or a pronoun standing for one) ending before an offset in the same clause, within `max` characters. */
function groupBefore(view: SentenceView, at: number, max: number): Mention | undefined {
  const group = view.actors.findLast((m) => m.end <= at && isGroup(m));
  if (!group || at - group.end > max) return undefined;
  return CLAUSE_BREAK.test(view.text.slice(group.end - view.start, at - view.start)) ? undefined : group;
}

/** [group, community] pairs a sentence states through recruitment words or a described noun phrase. */
export function communityBases(view: SentenceView): [Mention, Mention][] {
  const out: [Mention, Mention][] = [];
  const words = [...view.text.matchAll(RECRUITS)].map((m) => ({ start: view.start + m.index, end: view.start + m.index + m[0].length }));
  for (const c of view.actors) {
    if (c.type !== 'community' || targetNoun(view, c)) continue;
    // A recruitment word before the community, in the same clause and with no other group between.
    const word = words.findLast((w) => w.end <= c.start && c.start - w.end <= 60);
    if (word) {
      const gap = view.text.slice(word.end - view.start, c.start - view.start);
      const between = view.actors.some((m) => m.start >= word.end && m.end <= c.start && isGroup(m));
      const group = !CLAUSE_BREAK.test(gap) && !between ? groupBefore(view, word.start, 90) : undefined;
      if (group) {
        out.push([group, c]);
        continue;
      }
    }
    const after = view.text.slice(c.end - view.start);
    const before = view.text.slice(Math.max(0, c.start - view.start - 40), c.start - view.start);
    if (GROUP_NOUN_AFTER.test(after) || GROUP_NOUN_BEFORE.test(before)) {
      const group = groupBefore(view, c.start, 80);
      if (group) out.push([group, c]);
    }
  }
  return out;
}

/**
 * "besiege Dogon villages", "raids on Fulani hamlets", « assassiné de nombreux notables dogon »: a community that
 * qualifies a settlement or its people names whom a group's acts reach, not whom it draws on.
 */
function targetNoun(view: SentenceView, c: Mention): boolean {
  const after = view.text.slice(c.end - view.start, c.end - view.start + 20);
  const before = view.text.slice(Math.max(0, c.start - view.start - 20), c.start - view.start);
  return TARGET_AFTER.test(after) || TARGET_BEFORE.test(before);
}
const TARGET_AFTER = /^\s+(?:villages?|hamlets?|settlements?|civilians|notables|elders|villagers|chiefs)(?![\p{L}])/iu;
const TARGET_BEFORE = /(?<![\p{L}])(?:villages|hameaux|civils|notables|villageois|chefs)\s+$/iu;

const GROUP_TYPES = new Set(['armed_group', 'coalition', 'other_org']);
/** Words that may stand between a community's name and a group's without breaking the noun phrase. */
const DESCRIBING =
  /^\s+(?:(?!(?:and|or|of|by|from|to|in|on|at|with|against|the|et|ou|contre|avec|par)\s)(?:armed|[\p{Ll}-]*[^d\s]|[\p{Ll}-]*[^e\s]d)\s+){0,2}$/u;

/**
 * "the Tuareg nationalist MNLA", "the Songhai Ganda Koy militia", "la milice dogon Dan Na Ambassagou": a community named
 * in the noun phrase of a group, with at most two describing words between, is the group's base.
 */
export function communityAdjectives(view: SentenceView): [Mention, Mention][] {
  const out: [Mention, Mention][] = [];
  view.actors.forEach((c, i) => {
    const g = view.actors[i + 1];
    if (c.type !== 'community' || !g || !GROUP_TYPES.has(g.type) || g.start < c.end) return;
    if (DESCRIBING.test(view.text.slice(c.end - view.start, g.start - view.start))) out.push([g, c]);
  });
  return out;
}
