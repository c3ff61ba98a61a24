import { stringify } from 'csv-stringify/sync';
import { seededRandom } from '../../analysis/random.js';
import { ACLED_COLUMNS } from './acled-columns.js';

const ACTORS = [
  ['JNIM: Group for Support of Islam and Muslims', 'Political militia'],
  ['Military Forces of Mali (2021-)', 'State forces'],
  ['Islamic State (Sahel)', 'Political militia'],
  ['Dan Na Ambassagou', 'Identity militia'],
  ['Civilians (Mali)', 'Civilians'],
  ['Unidentified Armed Group (Mali)', 'Political militia'],
  ['Wagner Group', 'External/Other forces'],
] as const;
const TYPES = [
  ['Political violence', 'Battles', 'Armed clash'],
  ['Political violence', 'Violence against civilians', 'Attack'],
  ['Political violence', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ['Demonstrations', 'Protests', 'Peaceful protest'],
  ['Strategic developments', 'Strategic developments', 'Looting/property destruction'],
] as const;
const REGIONS = ['Kidal', 'Gao', 'Tombouctou', 'Mopti', 'Segou', 'Menaka'];

/**
 * Generates an ACLED-format export of `rows` rows (31 columns), deterministically from `seed`, in
 * chunks of text so a million rows never sit in memory twice. For benchmarks and tests only.
 */
export function* generateAcledCsv(rows: number, seed = 7, chunk = 10_000): Generator<string> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  yield stringify([[...ACLED_COLUMNS]]);
  for (let start = 0; start < rows; start += chunk) {
    const batch: string[][] = [];
    for (let i = start; i < Math.min(rows, start + chunk); i++) {
      const [disorder, eventType, subEventType] = pick(TYPES);
      const [actor1, inter1] = pick(ACTORS);
      const [actor2, inter2] = pick(ACTORS);
      const region = pick(REGIONS);
      const day = new Date(Date.UTC(2012, 0, 1) + Math.floor(random() * 4700) * 86_400_000).toISOString().slice(0, 10);
      const location = `${region} village ${Math.floor(random() * 400)}`;
      const value: Record<string, string> = {
        event_id_cnty: `MLI${i + 1}`,
        event_date: day,
        year: day.slice(0, 4),
        time_precision: String(1 + Math.floor(random() * 3)),
        disorder_type: disorder,
        event_type: eventType,
        sub_event_type: subEventType,
        actor1,
        inter1,
        actor2: eventType === 'Protests' ? '' : actor2,
        inter2: eventType === 'Protests' ? '' : inter2,
        iso: '466',
        region: 'Western Africa',
        country: 'Mali',
        admin1: region,
        location,
        latitude: (14 + random() * 6).toFixed(4),
        longitude: (-5 + random() * 8).toFixed(4),
        geo_precision: String(1 + Math.floor(random() * 3)),
        source: pick(['Studio Tamani', 'RFI; Le Monde', 'Local partner', 'Maliweb']),
        source_scale: pick(['National', 'International', 'Local partner-Other']),
        notes: `Generated row ${i + 1}: an incident near ${location}, with details, commas and "quotes".`,
        fatalities: String(Math.floor(random() * random() * 30)),
        timestamp: '1700000000',
      };
      batch.push(ACLED_COLUMNS.map((c) => value[c] ?? ''));
    }
    yield stringify(batch);
  }
}
