import { parseTemporal } from '../core/dates/edtf.js';
import type { Relation } from '../core/model/relation.js';
import { RELATION_TYPES } from '../core/vocab/relation-types.js';
import { ANALYSIS_ROLES } from './roles.js';

/** One step of a genealogy: the elder and younger actor of a split, merger or rename, and when. */
export interface LineageStep {
  relation: string;
  type: string;
  /** The relation's own ends, as recorded: a row reads `from <type> to` ("MUJAO split from AQIM"). */
  from: string;
  to: string;
  elder: string;
  younger: string;
  valid: string;
  /** Distance from the actor asked about (1 for a direct parent or child). */
  depth: number;
}

/** The elder and younger ends of a genealogical tie, from the declared roles. */
export function lineageEnds(relation: Relation): { elder: string; younger: string } {
  const elderEnd = ANALYSIS_ROLES.elderEnd[relation.type] ?? 'to';
  return elderEnd === 'to' ? { elder: relation.to, younger: relation.from } : { elder: relation.from, younger: relation.to };
}

/** Whether a relation type is genealogical, per the relation table. */
export const isGenealogical = (relation: Relation): boolean => RELATION_TYPES[relation.type].genealogical;

/** Sorts steps by depth, then by when they happened, then by id, for stable output. */
export function sortSteps(steps: LineageStep[]): LineageStep[] {
  const start = (s: LineageStep) => parseTemporal(s.valid)?.start.latest ?? '';
  return steps.sort((a, b) => a.depth - b.depth || start(a).localeCompare(start(b)) || a.relation.localeCompare(b.relation));
}
