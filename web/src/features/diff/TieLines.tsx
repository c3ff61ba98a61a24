import type { RelationType } from '../../../../src/core/vocab/relation-types.js';
import { RELATION_TYPES } from '../../../../src/core/vocab/relation-types.js';
import type { DiffTie } from './api.js';
import { ChangeLine } from './ChangeLine.js';
import { whenPhrase } from './model.js';
import { Named } from './Named.js';
import { CHANGE_PHRASES } from './phrases.js';

type Tense = 'began' | 'ended' | 'stated';

/** "In March 2017, Ansar Dine became a member or component of JNIM." — one sentence per tie. */
export function TieLines({ ties, tense, kind, names }: { ties: readonly DiffTie[]; tense: Tense; kind: string; names: Readonly<Record<string, string>> }) {
  const sorted = [...ties].sort(
    (a, b) => a.when.earliest.localeCompare(b.when.earliest) || a.when.latest.localeCompare(b.when.latest) || a.id.localeCompare(b.id),
  );
  return (
    <ul className="diff__lines">
      {sorted.map((tie) => {
        const type = tie.type as RelationType;
        // A tie stated for one date, or first recorded, is told as it stands: "X is hostile to Y".
        const verb = tense === 'stated' ? (RELATION_TYPES[type]?.reads ?? tie.type) : CHANGE_PHRASES[type][tense];
        return (
          <ChangeLine key={`${kind}:${tie.id}`} kind={kind} id={tie.id} certain={tie.certain} footnotes={tie.footnotes}>
            {whenPhrase(tie.when)}, <Named id={tie.from} names={names} /> {verb} <Named id={tie.to} names={names} />
            {tie.endedWith ? (
              <>
                , as <Named id={tie.endedWith} names={names} /> ended
              </>
            ) : null}
            .
          </ChangeLine>
        );
      })}
    </ul>
  );
}
