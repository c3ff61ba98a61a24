/**
 * Names a document defines or distributes itself: a long name followed by the acronym of a known actor
 * ("Groupe de soutien à l’islam et aux musulmans (JNIM)") is another name of that actor in this document; and
 * "the Ménaka and Gao regions" names two regions.
 */
import type { Token } from '../text/tokens.js';
import type { Mention } from './find-mentions.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';

export interface TextAlias {
  start: number;
  end: number;
  surface: string;
  entry: GazetteerEntry;
}

/** Words that may sit inside a long name in sentence case (French writes only its first word with a capital). */
const LINK_WORDS = /^(?:of|for|the|and|in|a|an|de|du|des|la|le|les|l|d|à|au|aux|et|pour|en|dans|sur|un|une)$/i;

const isCapitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.surface);

/** "Long Name (ACR)" where ACR is a known actor and the long name is not already read: the long name is ACR's alias. */
export function textDefinedAliases(text: string, tokens: readonly Token[], known: readonly Mention[]): TextAlias[] {
  const out: TextAlias[] = [];
  for (const m of text.matchAll(/\(\s*(\p{Lu}[\p{L}\d-]{1,11})\s*\)/gu)) {
    const inside = m.index + m[0].indexOf(m[1] ?? '');
    const acronym = known.find((k) => k.kind === 'actor' && k.start === inside && k.surface === m[1]);
    if (!acronym) continue;
    const endIndex = tokens.findIndex((t) => t.start >= m.index) - 1;
    const endTok = tokens[endIndex];
    if (!endTok || !/^\s*$/.test(text.slice(endTok.end, m.index))) continue;
    // The nearest capitalised word before the bracket (French capitalises only a name's first word), then back over
    // the title-case run it belongs to ("Volunteers for the Defence of the Homeland").
    const lo = Math.max(0, endIndex - 12);
    const joinedTo = (k: number) => /^[\s'’-]*$/.test(text.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0));
    const isHead = (t: Token | undefined) => isCapitalised(t) && !LINK_WORDS.test(t?.surface ?? '');
    let k = endIndex;
    while (k > lo && !isHead(tokens[k]) && joinedTo(k - 1)) k--;
    if (!isHead(tokens[k])) continue;
    let start = k;
    while (k > lo && joinedTo(k - 1) && (isCapitalised(tokens[k - 1]) || LINK_WORDS.test(tokens[k - 1]?.surface ?? ''))) {
      k--;
      if (isHead(tokens[k])) start = k;
    }
    // A name whose initials spell the acronym starts where they do, across lower-case words ("Mouvement pour le salut de
    // l’Azawad (MSA)"); any other starts after a determiner ("Le Groupe de soutien à l’islam et aux musulmans (JNIM)").
    const spelled = spellingStart(tokens, endIndex, lo, acronym.surface, joinedTo);
    if (spelled !== undefined) start = spelled;
    else if (!/^(?:the|le|la|les|l|un|une|a|an)$/i.test(tokens[start - 1]?.surface ?? '') && start > 0 && joinedTo(start - 1)) continue;
    if (start === endIndex) continue;
    const first = tokens[start] as Token;
    if (known.some((x) => x.start < endTok.end && first.start < x.end)) continue;
    const surface = text.slice(first.start, endTok.end);
    out.push({
      start: first.start,
      end: endTok.end,
      surface,
      entry: { kind: 'actor', id: acronym.id, type: acronym.type, name: acronym.name, via: 'alias', form: surface },
    });
  }
  return out;
}

/** The word that starts a name whose initials (links left out) spell the acronym, within the clause. */
function spellingStart(tokens: readonly Token[], endIndex: number, lo: number, acronym: string, joinedTo: (k: number) => boolean): number | undefined {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  if (letters.length < 2) return undefined;
  for (let k = endIndex; k >= lo; k--) {
    if (k < endIndex && !joinedTo(k)) return undefined;
    const initials = tokens
      .slice(k, endIndex + 1)
      .filter((t) => !LINK_WORDS.test(t.surface))
      .map((t) => t.key.charAt(0))
      .join('');
    if (initials === letters && isCapitalised(tokens[k])) return k;
  }
  return undefined;
}

const PLURAL_KINDS: Record<string, string> = { regions: 'region', cercles: 'cercle', provinces: 'province', circles: 'circle' };

/**
 * "The Ménaka and Gao regions": the kind in the plural applies to each name before it. The first name's mention (read
 * as the town) becomes the region's when the gazetteer knows "Ménaka region"; the second is already a region when
 * read with its kind in the singular, so only plural forms the gazetteer missed are added.
 */
export function distributedDistricts(text: string, tokens: readonly Token[], mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  const added: Mention[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const kind = PLURAL_KINDS[tokens[i]?.key ?? ''];
    if (!kind) continue;
    // Walk back over "A and B", "A, B and C".
    const names: Token[] = [];
    let k = i - 1;
    while (k >= 0 && isCapitalised(tokens[k])) {
      names.unshift(tokens[k] as Token);
      const gap = text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
      // "A and B", "A, B": the token before is a conjunction or the gap a comma.
      if (/^(?:and|et)$/i.test(tokens[k - 1]?.surface ?? '') && /^\s+$/.test(gap) && isCapitalised(tokens[k - 2])) k -= 2;
      else if (/^\s*,\s*$/.test(gap) && isCapitalised(tokens[k - 1])) k -= 1;
      else break;
    }
    const following = names.length < 2 ? frenchDistrictList(text, tokens, i) : [];
    if (names.length < 2 && following.length < 2) continue;
    for (const name of names.length >= 2 ? names : following) {
      const found = gazetteer.lookup([name.key, kind], 0).find((f) => f.length === 2);
      const entry = found?.entries.find((e) => e.kind === 'place' && (e.type === 'region' || e.type === 'cercle'));
      if (!entry) continue;
      const end = name === names.at(-1) && names.length >= 2 ? (tokens[i] as Token).end : name.end;
      const at = mentions.findIndex((m) => m.start === name.start);
      const mention: Mention = {
        kind: 'place',
        id: entry.id,
        name: entry.name,
        type: entry.type,
        start: name.start,
        end,
        surface: text.slice(name.start, end),
        via: 'generated',
      };
      if (at >= 0) mentions[at] = mention;
      else if (!mentions.some((m) => m.start < end && name.start < m.end)) added.push(mention);
    }
  }
  return added;
}

/**
 * "les cercles de Bandiagara, de Bankass et de Koro", "les régions de Mopti et de Ségou": in French the names follow the
 * plural kind, each after "de" or "d’", joined by commas and "et". One-word names only: the tokens carry no name bounds.
 */
function frenchDistrictList(text: string, tokens: readonly Token[], kindAt: number): Token[] {
  const names: Token[] = [];
  let k = kindAt + 1;
  for (;;) {
    // "de Ménaka et Gao": after the first name the "de" may be left out.
    const bare = names.length > 0 && isCapitalised(tokens[k]);
    // English writes the same list with "of": "the cercles of Koro and Douentza".
    if (!bare && (!/^(?:de|d|of)$/.test(tokens[k]?.key ?? '') || !isCapitalised(tokens[k + 1]))) break;
    if (bare) k -= 1;
    const name = tokens[k + 1] as Token;
    names.push(name);
    const next = tokens[k + 2];
    const gap = text.slice(name.end, next?.start ?? name.end);
    if (/^\s*,\s*$/.test(gap)) k += 2;
    else if (/^\s+$/.test(gap) && (next?.key === 'et' || next?.key === 'and')) k += 3;
    else break;
  }
  return names;
}
