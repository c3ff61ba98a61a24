/**
 * A capital standing for its state ("Paris announced", "Niamey blamed X", "l’aide de Paris"): reports name the
 * government by its seat. The forms are nicknames of the state, so find-mentions.ts reads them as the state only where
 * the capital acts (a verb after it, an agent's preposition before it) and as the town everywhere else; a capital that
 * the dataset already gives an actor as a nickname ("Bamako" for the Government of Mali) keeps that actor.
 */
import type { Actor } from '../../core/model/actor.js';
import { foldName } from '../../core/text/normalise.js';
import { nameKeys } from '../text/tokens.js';
import type { GazetteerEntry } from './gazetteer.js';

/**
 * The seats of government of the states reports about the Sahel name, by ISO code, in the spellings of both languages:
 * the one table both readings use (nicknames here, capital-metonymy.ts for capitals the gazetteer holds as towns). The
 * dataset's places carry no capital flag and most of these seats are not places of the dataset, so the table is written.
 */
export const CAPITALS: Readonly<Record<string, readonly string[]>> = {
  ML: ['Bamako'],
  NE: ['Niamey'],
  BF: ['Ouagadougou', 'Ouaga'],
  TD: ['N’Djamena', "N'Djamena", 'Ndjamena'],
  FR: ['Paris'],
  DZ: ['Algiers', 'Alger'],
  MR: ['Nouakchott'],
  LY: ['Tripoli'],
  RU: ['Moscow', 'Moscou'],
  US: ['Washington'],
  SN: ['Dakar'],
  NG: ['Abuja'],
  GN: ['Conakry'],
  MA: ['Rabat'],
  CI: ['Yamoussoukro'],
  TG: ['Lomé'],
  BJ: ['Porto-Novo', 'Cotonou'],
  TR: ['Ankara'],
  CN: ['Beijing', 'Pékin'],
  GB: ['London', 'Londres'],
  DE: ['Berlin'],
};

const BY_KEYS = new Map(Object.entries(CAPITALS).flatMap(([code, forms]) => forms.map((f) => [nameKeys(f).join(' '), code] as const)));

/** The country whose seat of government a surface names ("Niamey", "N’Djamena", "Moscou"), if any. */
export function capitalCountry(surface: string): string | undefined {
  return BY_KEYS.get(nameKeys(surface).join(' '));
}

/** Nickname entries that read each capital as its state. */
export function capitalForms(actors: readonly Actor[]): { form: string; entry: GazetteerEntry }[] {
  const taken = new Set(actors.flatMap((a) => (a.aliases ?? []).filter((x) => x.kind === 'nickname').map((x) => foldName(x.name))));
  const out: { form: string; entry: GazetteerEntry }[] = [];
  for (const state of actors) {
    if (state.kind !== 'state' || !state.country) continue;
    for (const form of CAPITALS[state.country] ?? []) {
      if (taken.has(foldName(form))) continue;
      out.push({ form, entry: { kind: 'actor', id: state.id, type: state.kind, name: state.name, via: 'nickname', form, country: state.country } });
    }
  }
  return out;
}
