import { groupBy } from '../../core/group-by.js';
import type { Relation } from '../../core/model/relation.js';
import { RELATION_TYPES, type RelationType } from '../../core/vocab/relation-types.js';
import { claimIds, type IntegrityContext } from './context.js';
import { finding, type Finding, type IntegrityRule } from './finding.js';
import { overlappingReadings } from './spans.js';

/**
 * Relation types that say the same thing about the same ordered pair: a pair holding two types of
 * one set at once holds one tie twice (C4). Add a set here rather than a branch in the rule.
 */
export const EQUIVALENT_RELATION_TYPES: readonly (readonly RelationType[])[] = [['leads', 'commands']];

const isSymmetric = (type: RelationType): boolean => RELATION_TYPES[type].symmetric;

/** The pair a relation ties, unordered when every type involved is symmetric. */
const pairKey = (r: Relation, symmetric: boolean): string => (symmetric ? [r.from, r.to].sort() : [r.from, r.to]).join(' ');

/** Every two relations of a group whose valid times overlap, as findings of one rule. */
function overlapping(
  context: IntegrityContext,
  rule: IntegrityRule,
  group: readonly Relation[],
  what: (a: Relation, b: Relation) => string,
  compared: (a: Relation, b: Relation) => boolean = () => true,
): Finding[] {
  const findings: Finding[] = [];
  group.forEach((a, i) => {
    for (const b of group.slice(i + 1)) {
      if (!compared(a, b)) continue;
      const pair = overlappingReadings(context.validReadings.get(a.id) ?? [], context.validReadings.get(b.id) ?? []);
      if (!pair) continue;
      findings.push(
        finding(
          rule,
          [a.id, b.id],
          [...claimIds(context, a.id, 'valid'), ...claimIds(context, b.id, 'valid')],
          `${what(a, b)}: ${pair[0].text} and ${pair[1].text} overlap`,
        ),
      );
    }
  });
  return findings;
}

/** C3: a tie stored twice for the same pair with overlapping valid times (either direction for a symmetric type). */
export function duplicateTies(context: IntegrityContext): Finding[] {
  const groups = groupBy(context.relations, (r) => `${r.type} ${pairKey(r, isSymmetric(r.type))}`);
  return [...groups.values()].flatMap((group) => overlapping(context, 'C3', group, (a) => `${a.type} ${a.from} – ${a.to} stored twice`));
}

/** C4: a pair holding two relation types that say the same thing, with overlapping valid times. */
export function sameTieUnderTwoTypes(context: IntegrityContext): Finding[] {
  return EQUIVALENT_RELATION_TYPES.flatMap((types) => {
    const symmetric = types.every(isSymmetric);
    const ties = context.relations.filter((r) => types.includes(r.type));
    return [...groupBy(ties, (r) => pairKey(r, symmetric)).values()].flatMap((group) =>
      overlapping(
        context,
        'C4',
        group,
        (a, b) => `${a.from} – ${a.to} is both ${a.type} and ${b.type}`,
        (a, b) => a.type !== b.type,
      ),
    );
  });
}
