/**
 * Relational nouns without a copula, the other half of copular.ts:
 * - a possessive before the noun, its holder after it ("its ally GATIA", "ses alliés russes de Wagner", "son frère X");
 * - a name, a comma, then a possessive and the noun ("le JNIM, son rival jihadiste");
 * - an apposition naming the noun's owner ("JNIM, the al-Qaeda affiliate in the Sahel", "JNIM, al-Qaeda's branch in …");
 * - a group "of" a person, which the person leads ("the Katiba Macina of X", "le MSA de X", "Ansar Dine, the movement of X"),
 *   or a person's group ("X's Katiba Macina", the English genitive before the name).
 * The possessives are the anaphors DocumentSubject (subject.ts) places on "its", "son", "ses"….
 */
import type { Mention } from '../mentions/find-mentions.js';
import { NOUN, nounRelation, POSSESSIVES, QUALIFIER, type CopularRelation } from './copular.js';
import { clauseSubject, type SentenceView } from './sentence-view.js';

const KIN = String.raw`(?:brothers?|sisters?|sons?|father|cousins?|nephews?|uncles?|brother-in-law|son-in-law|fr[èe]res?|s[œo]eurs?|fils|p[èe]re|cousines?|neveux?|oncles?|beau-fr[èe]re|gendre)`;
const KIN_WORD = new RegExp(`^${KIN}$`, 'iu');
/**
 * An adjective after the noun ("alliés russes", "rival jihadiste"), never a preposition or a name, nor a verb taking an
 * object ("son rival attaque le MSA": a word followed by an article is the clause's verb). The patterns are
 * case-insensitive, so a name after the word cannot be told from a common noun here.
 */
const AFTER_NOUN = String.raw`(?:\s+(?!(?:of|de|du|des|in|en|dans|au|aux|and|et|include|are|were|have|has|was|is|sont|ont|est)(?![\p{L}]))\p{Ll}[\p{Ll}-]*(?:e|es|s|ien|iens|ain|ains|ais|al|aux|if|ifs|é|ée|és|ées)(?![\p{L}])(?!\s+(?:(?:le|la|les|un|une|the|an?)(?![\p{L}])|l['’])))?`;
/** A possessive or definite phrase that DocumentSubject read as an actor: no owner named in an apposition. */
const ANAPHOR = /^(?:the|le|la|les|l['’]|its|their|son|sa|ses|leurs?|it|il|elle|this|that|these|ce|cette|ces|both)(?![\p{L}])/iu;
/** From the end of a possessive to the name of the noun's holder: "ses alliés russes de ", "its ally ", "son frère ", "its leader, ". */
const POSSESSED_BEFORE = new RegExp(
  String.raw`^\s+${QUALIFIER}(${NOUN}|${KIN})${AFTER_NOUN}(?:\s+(?:of|de|du|d['’])\s*(?:(?:the|la|le)\s+)?(?:(?:group|groupe|mouvement|movement)\s+)?)?(?:\s*,)?\s*(?:(?:the|le|la|les)\s+|l['’])?$`,
  'iu',
);
/** After "<name>, son": the noun and its adjective, then the end of the apposition. */
const POSSESSED_AFTER = new RegExp(String.raw`^\s+${QUALIFIER}(${NOUN}|${KIN})${AFTER_NOUN}(?=\s*[,.;)]|\s*$|\s+(?:in|au|en|dans)\s)`, 'iu');
/** "<owner> affiliate", "<owner>'s Saharan branch": the gap from the owner's name to the noun. */
const OWNER_GAP = /^(?:['’]s?)?\s+(?:\p{Lu}[\p{L}-]+\s+|\p{Ll}+(?:an|ern|ian|ien|ienne)\s+)?$/u;
// "Katiba Serma, a JNIM unit that keeps its camps…": a relative clause may follow the noun.
const OWNED_NOUN = new RegExp(String.raw`^(${NOUN})(?=\s+(?:in|for|of|au|en|dans|that|which|qui)\s|\s*[,.;)]|\s*$)`, 'iu');
const APPOSED = /^\s*,\s*(?:(?:the|an?|la|le|une?)\s+|l['’])?$/iu;
const GROUPS = new Set(['armed_group', 'coalition', 'other_org']);
const GROUP_NOUN = String.raw`(?:group|movement|militia|organi[sz]ation|faction|coalition|groupe|mouvement|milice|formation)`;
/** "<group> of <person>", or "<group>, the Islamist movement of <person>". */
const GROUP_OF = new RegExp(
  String.raw`^(?:\s*,\s*(?:the|an?|la|le|l['’])\s*(?:[\p{L}-]+\s+){0,2}${GROUP_NOUN}(?:\s+[\p{Ll}-]+)?)?\s+(?:of|de|du|d['’])\s*$`,
  'iu',
);

/** "<person>'s <group>": the genitive, maybe "own" or an adjective, right before the group's name. */
const PERSON_GENITIVE = /^['’]s?\s+(?:(?:own|\p{Ll}+(?:an|ern|ist|ic|al))\s+)?$/u;

/** "par le ", "by ": the group after it is the agent of an action, not the owner of a name. */
const BY_AGENT = /(?<![\p{L}])(?:par|by)\s+(?:(?:le|la|les|the)\s+|l['’])?$/iu;

const slice = (view: SentenceView, from: number, to: number) => view.text.slice(from - view.start, to - view.start);

/** Relations stated by relational nouns in appositions and possessive phrases of one sentence. */
export function apposedRelations(view: SentenceView): CopularRelation[] {
  const out: CopularRelation[] = [];
  const add = (noun: string, from: Mention | undefined, to: Mention | undefined, start: number, end: number) => {
    if (!from || !to || from.id === to.id) return;
    if (KIN_WORD.test(noun.trim())) {
      if (from.type === 'person' && to.type === 'person') out.push({ type: 'kin_of', from, to, trigger: { start, end } });
      return;
    }
    const type = nounRelation(noun, to);
    if (type) out.push({ type, from, to, trigger: { start, end } });
  };
  const actors = view.actors;
  actors.forEach((m, i) => {
    const next = actors[i + 1];
    if (POSSESSIVES.has(m.surface.toLowerCase()) || /^(?:his|her)$/iu.test(m.surface)) {
      // "ses alliés russes de Wagner": the holder follows the noun.
      const gap = next && next.start - m.end <= 60 ? slice(view, m.end, next.start).match(POSSESSED_BEFORE) : null;
      // "X et ses alliés": the possessive is X's; with no name right before "et", whose it is stays unsure.
      const lead = slice(view, Math.max(view.start, m.start - 6), m.start);
      const coordinated = /(?:^|\s)(?:and|et)\s+$/iu.test(lead);
      const holder = coordinated ? actors[i - 1] : m;
      const sure = !coordinated || (holder !== undefined && /^\s*(?:and|et)\s+$/iu.test(slice(view, holder.end, m.start)));
      if (next && gap && sure) add(gap[1] ?? '', next, holder, m.start, next.start);
      // "le JNIM, son rival jihadiste": the holder is the name before the comma; the possessive, when it stands for that
      // same name, means the clause's subject instead.
      const prev = actors[i - 1];
      const tail = slice(view, m.end, view.end).match(POSSESSED_AFTER);
      if (prev && tail && /^\s*,\s*$/.test(slice(view, prev.end, m.start))) {
        const owner = m.id === prev.id ? clauseSubject(view, prev) : m;
        add(tail[1] ?? '', prev, owner, m.start, m.end + tail[0].length);
      }
      return;
    }
    // "JNIM, the al-Qaeda affiliate in the Sahel": the head, the owner, then the noun.
    const head = actors[i - 1];
    const owned = slice(view, m.end, view.end);
    const gap = owned.match(/^(?:['’]s?)?\s+(?:\p{Lu}[\p{L}-]+\s+|\p{Ll}+(?:an|ern|ian|ien|ienne)\s+)?/u)?.[0] ?? '';
    const noun = OWNER_GAP.test(gap) ? owned.slice(gap.length).match(OWNED_NOUN) : null;
    if (noun && m.type !== 'state' && m.type !== 'person' && m.type !== 'community' && !ANAPHOR.test(m.surface)) {
      const end = m.end + gap.length + (noun[0]?.length ?? 0);
      if (head && APPOSED.test(slice(view, head.end, m.start))) add(noun[1] ?? '', head, m, m.start, end);
      // "al-Qaeda's Sahel affiliate, JNIM": the head after the noun.
      else if (next && /^\s*,?\s*$/.test(slice(view, end, next.start))) add(noun[1] ?? '', next, m, m.start, end);
    }
    // "the Katiba Macina of Amadou Koufa": a group of a person is the one the person leads.
    // Not "la libération par le JNIM de X", "the kidnapping by AQIM of X": there the group acts on the person.
    const agent = BY_AGENT.test(slice(view, Math.max(view.start, m.start - 12), m.start));
    if (!agent && GROUPS.has(m.type) && next?.type === 'person' && next.start - m.end <= 90 && GROUP_OF.test(slice(view, m.end, next.start)))
      out.push({ type: 'leads', from: next, to: m, trigger: { start: m.end, end: next.start } });
    // "Amadou Koufa's Katiba Macina": the same tie with the person first.
    if (m.type === 'person' && next && GROUPS.has(next.type) && PERSON_GENITIVE.test(slice(view, m.end, next.start)))
      out.push({ type: 'leads', from: m, to: next, trigger: { start: m.end, end: next.start } });
  });
  return out;
}
