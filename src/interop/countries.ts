import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { LRUCache } from 'lru-cache';
import { foldName } from '../core/text/normalise.js';

countries.registerLocale(en);
countries.registerLocale(fr);

// Spellings ACLED and UCDP use that i18n-iso-countries (its English and French names and aliases) lacks.
const DATASET_SPELLINGS: Record<string, string> = {
  'democratic republic of congo': 'CD',
  'dr congo': 'CD',
  zaire: 'CD',
  'republic of congo': 'CG',
  'bosnia herzegovina': 'BA',
  syria: 'SY',
  burma: 'MM',
  macedonia: 'MK',
  'east timor': 'TL',
  'cabo verde': 'CV',
  swaziland: 'SZ',
  'kingdom of eswatini': 'SZ',
  turkiye: 'TR',
  micronesia: 'FM',
  moldova: 'MD',
  'vatican city': 'VA',
  'soviet union': 'RU',
  'north yemen': 'YE',
  'south yemen': 'YE',
  yugoslavia: 'RS',
  rhodesia: 'ZW',
  kampuchea: 'KH',
  malagasy: 'MG',
  brunei: 'BN',
  'caribbean netherlands': 'BQ',
  'bonaire saint eustatius and saba': 'BQ',
  'sint maarten': 'SX',
  'saint martin': 'MF',
  'british virgin islands': 'VG',
  'falkland islands': 'FK',
  macau: 'MO',
  vatican: 'VA',
};

/**
 * Gleditsch–Ward numbers of the Sahel and its neighbours: 2016-era ACLED files carry `gwno`, and
 * UCDP's `country_id` is one. Only a fallback when the country's name resolves to nothing; GW
 * numbers differ from ISO numeric codes (Mali is GW 432, ISO 466).
 */
const GLEDITSCH_WARD: Record<string, string> = {
  '432': 'ML',
  '433': 'SN',
  '434': 'BJ',
  '435': 'MR',
  '436': 'NE',
  '437': 'CI',
  '438': 'GN',
  '439': 'BF',
  '450': 'LR',
  '451': 'SL',
  '452': 'GH',
  '461': 'TG',
  '471': 'CM',
  '475': 'NG',
  '483': 'TD',
  '615': 'DZ',
  '620': 'LY',
  '625': 'SD',
  '626': 'SS',
  '600': 'MA',
  '404': 'GW',
  '420': 'GM',
};

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const lang of ['fr', 'en'])
    for (const [code, spellings] of Object.entries(countries.getNames(lang, { select: 'all' }))) for (const name of spellings) byName.set(foldName(name), code);
  for (const [name, code] of Object.entries(DATASET_SPELLINGS)) byName.set(name, code);
  return byName;
}

// An export names a few hundred countries over a million rows; folding each name (Unicode
// normalisation and three replacements) took a twentieth of an import's reading thread. A name no
// country has is kept as '' (the cache holds no undefined).
const byWritten = new LRUCache<string, string>({
  max: 10_000,
  // UCDP appends former names in brackets: "Yemen (North Yemen)", "Myanmar (Burma)".
  memoMethod: (name) => names().get(foldName(name)) ?? names().get(foldName(name.replace(/\(.*\)/g, ''))) ?? '',
});

/** The ISO 3166-1 alpha-2 code for a country name as ACLED or UCDP write it ("Mali", "DR Congo (Zaire)", "Côte d'Ivoire"). */
export function countryCode(name: string): string | undefined {
  return byWritten.memo(name) || undefined;
}

/** What a row says about its country, in any of the columns datasets have carried. */
export interface CountryColumns {
  /** ISO 3166-1 numeric (ACLED's `iso`). */
  isoNumeric?: string | undefined;
  /** ISO 3166-1 alpha-3 (older ACLED's `iso3`). */
  iso3?: string | undefined;
  name?: string | undefined;
  /** Gleditsch–Ward number (ACLED's 2016 `gwno`, UCDP's `country_id`). */
  gwno?: string | undefined;
}

/**
 * The alpha-2 code of a row's country: by its name first, then by the ISO numeric and alpha-3 codes,
 * then by its Gleditsch–Ward number. The name comes first because ACLED writes 0 or a former code in
 * `iso` for some territories (Kosovo), while its names are the ones its own coding uses.
 */
export function countryOfRow(columns: CountryColumns): string | undefined {
  const byCode =
    (columns.name ? countryCode(columns.name) : undefined) ??
    (columns.isoNumeric && /^\d{1,3}$/.test(columns.isoNumeric) && Number(columns.isoNumeric) > 0
      ? countries.numericToAlpha2(columns.isoNumeric.padStart(3, '0'))
      : undefined) ??
    (columns.iso3 ? countries.alpha3ToAlpha2(columns.iso3.toUpperCase()) : undefined);
  return byCode ?? (columns.gwno ? GLEDITSCH_WARD[String(Number(columns.gwno))] : undefined);
}

/** The ISO 3166-1 alpha-3 code of an alpha-2 code. */
export function alpha3Of(alpha2: string): string | undefined {
  return countries.alpha2ToAlpha3(alpha2);
}

/** The ISO 3166-1 numeric code of an alpha-2 code, without leading zeros as ACLED writes it (Algeria "12"); "" when unknown. */
export function isoNumericOf(alpha2: string): string {
  const numeric = Number(countries.alpha2ToNumeric(alpha2) ?? 0);
  return numeric ? String(numeric) : '';
}

/** The English name of a country by its alpha-2 code, or the code itself when the library lacks it. */
export function countryNameOf(alpha2: string): string {
  return countries.getName(alpha2, 'en') ?? alpha2;
}
