/**
 * Places named by a landform, a protected area or a facility and a proper name: « la vallée du Tilemsi », « la boucle du
 * Niger », « le golfe de Guinée », « le parc du W », « la réserve d’Arly », "the Tilemsi valley", "the W national park",
 * "the Arly reserve", "Timbuktu airport", "the Gulf of Guinea". The whole phrase is the place, even when the name inside
 * it is a known town or country: the valley is not the country it is named after.
 */
import { slugOf } from '../../core/text/slug.js';
import type { PlaceName } from './place-names.js';

/** A proper name of one to three words ("Tilemsi", "Niger", "W", "Bobo-Dioulasso"). */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;
/** French: the landform or facility in lower case, a preposition, the name. */
const FRENCH = new RegExp(
  String.raw`(?<![\p{L}])(?:vallée|boucle|golfe|parc|forêt|lac|massif|plateau|falaise|aéroport|barrage|réserve)\s+(?:du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+|de\s+|d['’]\s*)(${NAME})`,
  'gu',
);
/** English: the name, then the landform or facility in lower case ("the Tilemsi valley", "Timbuktu airport"). */
const ENGLISH_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(${NAME})\s+(?:valley|forest|lake|plateau|airport|airfield|escarpment|cliffs|dam|(?:national\s+)?park|(?:game\s+|wildlife\s+|nature\s+)?reserve)(?![\p{L}])`,
  'gu',
);
/** English: a landform written as part of the name before it ("the Gulf of Guinea", "Lake Faguibine"). */
const ENGLISH_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:Gulf\s+of|Lake|Mount|Bay\s+of)\s+(?:the\s+)?(${NAME})`, 'gu');
/** Capitalised words that open a sentence or name a kind rather than a place. */
const NOT_NAMES = /^(?:The|A|An|Le|La|Les|L|Un|Une|In|On|At|Its|Their|This|That)$/;

/** Landforms and facilities named in the text; `blocked` says where the phrase overlaps a name that must stay. */
export function featurePlaces(text: string, blocked: (start: number, end: number) => boolean): PlaceName[] {
  const out: PlaceName[] = [];
  const push = (start: number, end: number) => {
    if (out.some((p) => p.start < end && start < p.end) || blocked(start, end)) return;
    const name = text.slice(start, end);
    out.push({ id: `place:${slugOf(name)}`, name, type: 'area', start, end, cue: 'district' });
  };
  for (const m of text.matchAll(FRENCH)) push(m.index, m.index + m[0].length);
  for (const re of [ENGLISH_AFTER, ENGLISH_BEFORE]) {
    for (const m of text.matchAll(re)) {
      let start = m.index;
      let name = m[1] ?? '';
      // "In Timbuktu airport": a sentence's first word is not part of the name.
      const firstWord = /^\p{L}+/u.exec(m[0])?.[0] ?? '';
      if (re === ENGLISH_AFTER && NOT_NAMES.test(firstWord)) {
        const rest = /^\p{L}+\s+/u.exec(m[0])?.[0] ?? '';
        if (!/^\p{Lu}/u.test(m[0].slice(rest.length))) continue;
        start += rest.length;
        name = name.slice(rest.length);
      }
      if (!name) continue;
      push(start, m.index + m[0].length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
