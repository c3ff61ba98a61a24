/**
 * A person named in full is named again by family name alone ("Paul-Henri Sandaogo Damiba … Damiba said"), or by the
 * particle and the name after it ("Iyad Ag Ghaly … Ag Ghaly's aides"). Those later mentions stand for the person most
 * recently named in full with that family name; in a headline, for the first person its report names in full.
 */
import type { Token } from '../text/tokens.js';
import type { Mention } from './find-mentions.js';
import { isFunctionOrCalendarWord } from './person-names.js';

const PARTICLES = new Set(['ag', 'ould', 'ben', 'bin', 'ibn', 'wuld', 'walet', 'mint']);

/** The short forms of a person's name, as token keys: the family name, and from the particle on. */
function shortForms(keys: readonly string[]): string[][] {
  if (keys.length < 2) return [];
  const forms: string[][] = [];
  const particle = keys.findIndex((k, i) => i > 0 && PARTICLES.has(k));
  if (particle > 0 && particle < keys.length - 1) forms.push(keys.slice(particle));
  const last = keys.at(-1) ?? '';
  // A one-syllable family name ("Ba") is too common a word to stand alone.
  if (last.length >= 4 && !PARTICLES.has(keys.at(-2) ?? '')) forms.push([last]);
  return forms;
}

const KIN = /^(?:brothers|family|families|clan|sons|famille|freres|fils|clans)$/;
const isCapitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.surface);

/** Mentions of persons by family name, after their full name, where no other mention stands. */
export function surnameMentions(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const persons = mentions.filter((m) => m.kind === 'actor' && m.type === 'person');
  if (persons.length === 0) return [];
  // Short forms by their first key, each with the person it stands for.
  const byFirstKey = new Map<string, { person: Mention; form: string[] }[]>();
  let t0 = 0;
  for (const person of persons) {
    while (t0 < tokens.length && (tokens[t0] as Token).start < person.start) t0++;
    const keys: string[] = [];
    for (let k = t0; k < tokens.length && (tokens[k] as Token).end <= person.end; k++) keys.push((tokens[k] as Token).key);
    for (const form of shortForms(keys)) {
      const list = byFirstKey.get(form[0] ?? '') ?? [];
      list.push({ person, form });
      byFirstKey.set(form[0] ?? '', list);
    }
  }
  // The first line, when a blank line follows it: the report's headline.
  const firstBreak = text.indexOf('\n');
  const headlineEnd = firstBreak > 0 && /^\n\s*\n/.test(text.slice(firstBreak)) ? firstBreak : 0;
  const taken = [...mentions].sort((a, b) => a.start - b.start);
  let m = 0;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const candidates = byFirstKey.get(t.key);
    if (!candidates || !isCapitalised(t)) continue;
    // The person most recently named in full before this word whose short form starts here.
    let best: { person: Mention; length: number } | undefined;
    // A headline names by family name the person its report then names in full ("X ousts Damiba").
    const inHeadline = t.end <= headlineEnd;
    for (const { person, form } of candidates) {
      if ((person.end > t.start && !inHeadline) || !form.every((k, j) => tokens[i + j]?.key === k)) continue;
      const lastToken = tokens[i + form.length - 1] as Token;
      // Part of a longer capitalised name ("Hama Ag Mahmoud" is not "Ag Mahmoud") is not a short form.
      const prev = tokens[i - 1];
      const next = tokens[i + form.length];
      if (prev && isCapitalised(prev) && !isFunctionOrCalendarWord(prev.key) && /^[ -]$/.test(text.slice(prev.end, t.start))) continue;
      if (next && isCapitalised(next) && /^[ -]$/.test(text.slice(lastToken.end, next.start))) continue;
      // "The Ag Intalla brothers" name a family, not the person.
      if (next && KIN.test(next.key)) continue;
      const better = !best || (inHeadline ? person.start < best.person.start : person.start > best.person.start);
      if (better) best = { person, length: form.length };
    }
    if (!best) continue;
    const end = (tokens[i + best.length - 1] as Token).end;
    while (m < taken.length && (taken[m] as Mention).end <= t.start) m++;
    if (m < taken.length && (taken[m] as Mention).start < end) continue;
    const { person } = best;
    out.push({
      kind: 'actor',
      id: person.id,
      name: person.name,
      type: person.type,
      start: t.start,
      end,
      surface: text.slice(t.start, end),
      via: person.via === 'proposed' ? 'proposed' : 'generated',
    });
    i += best.length - 1;
  }
  return out;
}
