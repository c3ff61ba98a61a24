import { foldName } from '../core/text/normalise.js';

// Names the datasets spell differently from the Unicode CLDR English names.
const SPELLINGS: Record<string, string> = {
  'democratic republic of congo': 'CD',
  'dr congo': 'CD',
  'dr congo zaire': 'CD',
  'republic of congo': 'CG',
  congo: 'CG',
  'ivory coast': 'CI',
  'cote divoire': 'CI',
  eswatini: 'SZ',
  'kingdom of eswatini': 'SZ',
  swaziland: 'SZ',
  'cape verde': 'CV',
  'czech republic': 'CZ',
  russia: 'RU',
  'soviet union': 'RU',
  syria: 'SY',
  iran: 'IR',
  laos: 'LA',
  'south korea': 'KR',
  'north korea': 'KP',
  vietnam: 'VN',
  'bosnia herzegovina': 'BA',
  'bosnia and herzegovina': 'BA',
  palestine: 'PS',
  burma: 'MM',
  myanmar: 'MM',
  turkey: 'TR',
  macedonia: 'MK',
  'north macedonia': 'MK',
  'east timor': 'TL',
  'united states': 'US',
  'united kingdom': 'GB',
  gambia: 'GM',
  'the gambia': 'GM',
  'central african republic': 'CF',
  'south sudan': 'SS',
  yemen: 'YE',
  'yemen north yemen': 'YE',
  zaire: 'CD',
  kosovo: 'XK',
};

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  byName = new Map();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // Deprecated codes (HV for Burkina Faso, BU for Burma) canonicalise to their successors: skip them.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      const name = display.of(code);
      if (name && name !== code) byName.set(foldName(name), code);
    }
  for (const [name, code] of Object.entries(SPELLINGS)) byName.set(name, code);
  return byName;
}

/** The ISO 3166-1 alpha-2 code for a country name as ACLED or UCDP write it ("Mali", "DR Congo (Zaire)"). */
export function countryCode(name: string): string | undefined {
  const folded = foldName(name);
  return names().get(folded) ?? names().get(foldName(name.replace(/\(.*\)/g, '')));
}
