import { groupBy } from '../../core/group-by.js';
import { RELATION_TYPES } from '../../core/vocab/relation-types.js';
import { claimIds, type IntegrityContext } from './context.js';
import { finding, type Finding } from './finding.js';
import { definiteSpan, spanText } from './spans.js';

/** C5: a pair tied by a positive and a negative relation (signs in the relation-type table) on days both are definite (D3). */
export function alliedAndHostile(context: IntegrityContext): Finding[] {
  const signed = context.relations.filter((r) => RELATION_TYPES[r.type].sign !== 0);
  const findings: Finding[] = [];
  for (const group of groupBy(signed, (r) => [r.from, r.to].sort().join(' ')).values()) {
    const positive = group.filter((r) => RELATION_TYPES[r.type].sign > 0);
    const negative = group.filter((r) => RELATION_TYPES[r.type].sign < 0);
    for (const plus of positive) {
      const a = definiteSpan(context.validReadings.get(plus.id) ?? []);
      if (!a) continue;
      for (const minus of negative) {
        const b = definiteSpan(context.validReadings.get(minus.id) ?? []);
        if (!b || a[0] > b[1] || b[0] > a[1]) continue;
        const both = [a[0] > b[0] ? a[0] : b[0], a[1] < b[1] ? a[1] : b[1]] as const;
        findings.push(
          finding(
            'C5',
            [plus.id, minus.id],
            [...claimIds(context, plus.id, 'valid'), ...claimIds(context, minus.id, 'valid')],
            `${plus.from} – ${plus.to} definitely both ${plus.type} and ${minus.type} on ${spanText(both)}`,
          ),
        );
      }
    }
  }
  return findings;
}
