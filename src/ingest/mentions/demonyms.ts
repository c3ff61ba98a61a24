import type { Actor } from '../../core/model/actor.js';
import { foldName } from '../../core/text/normalise.js';
import type { GazetteerEntry } from './gazetteer.js';

/** Adjectives of the states reports about the Sahel name most, English then French forms. */
export const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  mali: ['Malian', 'malien', 'malienne', 'maliens', 'maliennes'],
  france: ['French', 'français', 'française', 'françaises'],
  niger: ['Nigerien', 'Nigérien', 'nigérienne', 'nigériens', 'nigériennes'],
  'burkina faso': ['Burkinabe', 'Burkinabè', 'burkinabé', 'burkinabés'],
  chad: ['Chadian', 'tchadien', 'tchadienne', 'tchadiens', 'tchadiennes'],
  algeria: ['Algerian', 'algérien', 'algérienne', 'algériens'],
  mauritania: ['Mauritanian', 'mauritanien', 'mauritanienne', 'mauritaniens'],
  libya: ['Libyan', 'libyen', 'libyenne', 'libyens'],
  nigeria: ['Nigerian'],
  senegal: ['Senegalese', 'sénégalais', 'sénégalaise'],
  'united states': ['American', 'américain', 'américaine', 'américains'],
  russia: ['Russian', 'russe', 'russes'],
};
const MILITARY = ['army', 'armed forces', 'forces', 'troops', 'soldiers', 'military', 'armée', 'soldats', 'troupes', 'militaires', 'forces armées'];
const GOVERNMENT = ['government', 'authorities', 'state', 'gouvernement', 'autorités', 'État'];

/**
 * "Malian troops", "armée malienne", "French forces": a demonym with a military noun names the
 * country's armed forces when the database has them, else the state; with a government noun, the state.
 */
export function demonymForms(actors: readonly Actor[]): { form: string; entry: GazetteerEntry }[] {
  const out: { form: string; entry: GazetteerEntry }[] = [];
  const names = new Map(actors.map((a) => [a, [a.name, ...(a.aliases ?? []).map((x) => x.name)].map(foldName)]));
  for (const state of actors.filter((a) => a.kind === 'state')) {
    const adjectives = DEMONYMS[foldName(state.name)];
    if (!adjectives) continue;
    // The armed forces only when the database spells them with this adjective ("Malian army").
    const folded = adjectives.map((d) => foldName(d) + ' ');
    const forceNames = new Set(folded.flatMap((d) => ['army', 'armed forces', 'forces', 'military'].map((n) => d + n)));
    const force = actors.find((a) => a.kind === 'state_force' && (names.get(a) ?? []).some((n) => forceNames.has(n)));
    const governmentActor = actors.find((a) => (names.get(a) ?? []).some((n) => folded.some((d) => n === `${d}government`)));
    const entry = (target: Actor, form: string, commonNoun = false): GazetteerEntry => ({
      kind: 'actor',
      id: target.id,
      type: target.kind,
      name: target.name,
      via: 'generated',
      form,
      ...(target.country ? { country: target.country } : {}),
      ...(commonNoun ? { commonNoun: true as const } : {}),
    });
    for (const d of adjectives) {
      const english = /^[A-Z]/.test(d);
      for (const noun of MILITARY) {
        const form = english ? `${d} ${noun}` : `${noun} ${d}`;
        // "Malian soldiers", « l’armée nigérienne »: the state's force in relations and events, but no name of it.
        out.push({ form, entry: entry(force ?? state, form, true) });
      }
      for (const noun of GOVERNMENT) {
        const form = english ? `${d} ${noun}` : `${noun} ${d}`;
        out.push({ form, entry: entry(governmentActor ?? state, form) });
      }
    }
  }
  return out;
}

const DEMONYM_KEYS = new Set(Object.values(DEMONYMS).flatMap((forms) => forms.map((d) => foldName(d))));

/** "The French", "les Français": a state's demonym used as a noun, which names no actor a reviewer could record. */
export function isDemonymPhrase(surface: string): boolean {
  const m = /^(?:the|les|des)\s+(\p{L}+)$/iu.exec(surface.trim());
  if (!m) return false;
  const word = foldName(m[1] ?? '');
  return DEMONYM_KEYS.has(word) || DEMONYM_KEYS.has(word.replace(/s$/, ''));
}
