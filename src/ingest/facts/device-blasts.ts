/**
 * A bomb told as the subject of its own verb: "a car bomb exploded at the gate", "a roadside bomb tore through the
 * escort", "a suicide car bomb hit the camp", « un véhicule piégé a explosé ». The device, not a gunman, acts, so the
 * act is an explosion whoever planted it, and an attack told beside it by other subjects ("gunmen attacked the embassy
 * and a car bomb tore through the headquarters") is a second act (event-acts.ts).
 */
import type { EventType } from '../../core/vocab/event-types.js';

/** English devices: "car bomb", "roadside bomb", "IED", "explosive device", "landmine"; a gold mine is no device. */
const EN_DEVICE = String.raw`(?:bombs?|IEDs?|VBIEDs?|explosive\s+devices?|land\s*mines?|(?<!gold\s)mines?|explosives)`;
/** English verbs a device does: it explodes, goes off, tears through or hits what it targets. */
const EN_BLAST = String.raw`(?:exploded|explodes|detonated|went\s+off|goes\s+off|tore\s+(?:through|into)|tears\s+through|ripped\s+(?:through|into)|rips\s+through|hit|hits|struck|strikes|blew\s+up|destroyed|killed|kills|wounded|targeted)`;
/** French devices: « véhicule piégé », « voiture piégée », « engin explosif (improvisé) », « bombe artisanale », « mine ». */
const FR_DEVICE = String.raw`(?:(?:v[ée]hicules?|voitures?|camions?|motos?|engins?)\s+pi[ée]g[ée]e?s?|engins?\s+explosifs?(?:\s+improvis[ée]s?)?|bombes?(?:\s+artisanales?)?|(?<!gold\s)mines?(?:\s+artisanales?)?)`;
/** French verbs a device does, in the compound past or the present: « a explosé », « ont frappé », « a tué », « explose ». */
const FR_BLAST = String.raw`(?:(?:a|ont|avait|avaient)\s+(?:explos[ée]|frapp[ée]|touch[ée]|d[ée]truit|tu[ée]|vis[ée]|souffl[ée])|explose|explosent|explosa)`;

/**
 * The verb right after a device (at most two words between: "a car bomb then exploded", "la bombe artisanale a"), as a
 * trigger; the lookbehind keeps the device outside the trigger so that the subject stays in the frame's reach.
 */
export const DEVICE_BLAST = String.raw`(?<=(?<![\p{L}])(?:${EN_DEVICE}|${FR_DEVICE})\s+(?:[\p{L}-]+\s+){0,2}?)(?:${EN_BLAST}|${FR_BLAST})`;

/** "a suicide car bomb", « un kamikaze … a explosé »: a bomber who dies with the device makes a suicide bombing. */
const SUICIDE = /(?<![\p{L}])(?:suicide|kamikazes?)(?![\p{L}])[^,;.]{0,30}$/iu;

/** The kind of a device's blast: a suicide bombing when the words before the device name the bomber's death. */
export function blastKind(textBefore: string): EventType {
  return SUICIDE.test(textBefore) ? 'suicide_bomb' : 'remote_explosive';
}

/** Bombings, the kinds a device-blast trigger gives: an act by other subjects beside one is a second act. */
export const isBombing = (type: EventType) => type === 'remote_explosive' || type === 'suicide_bomb';
