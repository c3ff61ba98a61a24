/**
 * A state's name in the other language ("Russie" for Russia, "Tchad" for Chad, "États-Unis" for the United States):
 * the dataset records each state under one name, and reports in French or English use their own. The names come from
 * i18n-iso-countries (ISO 3166 names in both languages), by the state's country code.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import type { Actor } from '../../core/model/actor.js';
import type { GazetteerEntry } from './gazetteer.js';

countries.registerLocale(en);
countries.registerLocale(fr);

/** The names of a country in English and French, and each without its last complement ("États-Unis d'Amérique"). */
function namesOf(code: string): string[] {
  const all = [...(countries.getName(code, 'en', { select: 'all' }) ?? []), ...(countries.getName(code, 'fr', { select: 'all' }) ?? [])];
  const shorter = all.map((n) => n.replace(/\s+(?:of|d['’]|de|du)\s*\S+$/u, '')).filter((n) => n.split(/[\s-]+/u).length >= 2);
  // Short codes ("US", "UAE") are left out: an acronym of two or three letters names too many things.
  return [...new Set([...all, ...shorter])].filter((n) => n.replace(/[^\p{L}]/gu, '').length >= 4);
}

/** Generated entries that read each state of the dataset by its country's names in both languages. */
export function countryNameForms(actors: readonly Actor[]): { form: string; entry: GazetteerEntry }[] {
  const out: { form: string; entry: GazetteerEntry }[] = [];
  const seen = new Set<string>();
  for (const state of actors) {
    // One state per country: the first the dataset lists ("France", not "French West Africa").
    if (state.kind !== 'state' || !state.country || seen.has(state.country)) continue;
    seen.add(state.country);
    for (const form of namesOf(state.country))
      out.push({ form, entry: { kind: 'actor', id: state.id, type: state.kind, name: state.name, via: 'generated', form, country: state.country } });
  }
  return out;
}
