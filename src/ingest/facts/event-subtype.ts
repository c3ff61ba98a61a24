/**
 * The kind of a violent act: the weapon named (air strike, mine, suicide bombing, shelling), else whom it was aimed at
 * (a military object, unarmed residents or protesters, the dead it counts).
 */
import type { EventType } from '../../core/vocab/event-types.js';
import type { Mention } from '../mentions/find-mentions.js';
import { GROUP_KINDS, SOLDIERS, directObjectIsAForce } from './event-agents.js';
import { ATTACK_SUBTYPES } from './event-patterns.js';
import { blastKind } from './device-blasts.js';
import type { SentenceView } from './sentence-view.js';
import { strikesCivilianSite, strikesDisplacedCamp, strikesMilitaryObject, unarmedObject, victimsOf } from './victims.js';

export function subtype(view: SentenceView, base: EventType, targets: readonly Mention[] = [], at?: { start: number; end: number }): EventType {
  // A device's blast (device-blasts.ts) is a suicide bombing when the bomber is named with the device.
  if (base === 'remote_explosive' && at) return blastKind(view.text.slice(Math.max(0, at.start - view.start - 60), at.start - view.start));
  if (base !== 'armed_clash') return base;
  const found = ATTACK_SUBTYPES.find((s) => s.re.test(view.text))?.type ?? base;
  // A weapon names the kind of attack whoever it hit (an air strike, a mine, a suicide bombing).
  if (found !== base && found !== 'attack_on_civilians') return found;
  const object = at ? view.text.slice(at.end - view.start) : '';
  if (at && strikesDisplacedCamp(object)) return 'attack_on_civilians';
  // "attacked an army post", "ambushed the National Army": a military object makes a clash, whoever else died.
  if (at && (strikesMilitaryObject(object) || directObjectIsAForce(view, at, targets))) return base;
  // "attacked Daoussahak and Imghad communities": communities struck, and no armed group among the targets.
  if (targets.length > 0 && targets.every((t) => t.type === 'community')) return 'attack_on_civilians';
  // "opened fire on residents", "fired on unarmed protesters": the object says whom the act was aimed at.
  const unarmed = at ? unarmedObject(object) : undefined;
  if (unarmed) return unarmed === 'protesters' ? 'excessive_force_against_protesters' : 'attack_on_civilians';
  // Massacres and executions are one-sided by nature, whoever the dead were ("prisoners were executed").
  if (at && ONE_SIDED.test(lastWord(view.text.slice(at.start - view.start, at.end - view.start)))) return 'attack_on_civilians';
  // Otherwise the dead it counts say whom it hit: "killed 31 civilians and three members of the MSA" is an attack on civilians.
  const victims = victimsOf(view.text);
  if (victims) return victims === 'civilians' ? 'attack_on_civilians' : base;
  // "attacked a hotel", "l'attaque du bar-restaurant": a place of unarmed people struck, with no dead counted otherwise.
  if (at && strikesCivilianSite(object)) return 'attack_on_civilians';
  // Civilians killed in an ambush of soldiers ("killing four soldiers and three civilians") do not make it an attack on civilians.
  return found === 'attack_on_civilians' && (targets.some((t) => GROUP_KINDS.has(t.type)) || SOLDIERS.test(view.text)) ? base : found;
}

const ONE_SIDED = /^(?:massacred|massacr[ée]e?s?|slaughtered|executed|ex[ée]cut[ée]e?s?)$/iu;
/** The participle of a compound or passive trigger ("ont été massacrés" → "massacrés"). */
const lastWord = (text: string) => text.split(/\s+/).at(-1) ?? text;
