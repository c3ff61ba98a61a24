import { dayRangeInWords } from '../../../../src/core/dates/day-range-words.js';
import type { LifespanEnd } from '../../../../src/core/vocab/lifespan-ends.js';
import type { RelationType } from '../../../../src/core/vocab/relation-types.js';
import { RELATION_TYPES } from '../../../../src/core/vocab/relation-types.js';
import type { DiffTie } from './api.js';
import { ChangeLine } from './ChangeLine.js';
import { whenPhrase } from './model.js';
import { Named } from './Named.js';
import { CHANGE_PHRASES, END_PHRASES } from './phrases.js';

/** `stated` and `recorded` tell a tie as it stands: for its one date (an episode), or from the date it was first recorded. */
type Tense = 'began' | 'ended' | 'stated' | 'recorded';

const lead = (tense: Tense, when: DiffTie['when']): string => {
  const words = dayRangeInWords(when.earliest, when.latest);
  if (tense === 'stated') return `Stated for ${words}:`;
  if (tense === 'recorded') return `Recorded ${/^(between|by|from) /.test(words) ? words : `from ${words}`}:`;
  return `${whenPhrase(when)},`;
};

/** "In March 2017, Ansar Dine became a member or component of JNIM." — one sentence per tie. */
export function TieLines({
  ties,
  tense,
  kind,
  names,
  endings,
}: {
  ties: readonly DiffTie[];
  tense: Tense;
  kind: string;
  names: Readonly<Record<string, string>>;
  /** How the actors that ended in the window ended, for "…, as Oumeyda el Wasri died". */
  endings?: ReadonlyMap<string, LifespanEnd | undefined>;
}) {
  const sorted = [...ties].sort(
    (a, b) => a.when.earliest.localeCompare(b.when.earliest) || a.when.latest.localeCompare(b.when.latest) || a.id.localeCompare(b.id),
  );
  return (
    <ul className="diff__lines">
      {sorted.map((tie) => {
        const type = tie.type as RelationType;
        // A tie stated for one date, or first recorded, is told as it stands: "X is hostile to Y".
        const verb = tense === 'stated' || tense === 'recorded' ? (RELATION_TYPES[type]?.reads ?? tie.type) : CHANGE_PHRASES[type][tense];
        const ending = tie.endedWith ? endings?.get(tie.endedWith) : undefined;
        return (
          <ChangeLine key={`${kind}:${tie.id}`} kind={kind} id={tie.id} certain={tie.certain} footnotes={tie.footnotes}>
            {lead(tense, tie.when)} <Named id={tie.from} names={names} /> {verb} <Named id={tie.to} names={names} />
            {tie.endedWith ? (
              <>
                , as <Named id={tie.endedWith} names={names} /> {ending ? END_PHRASES[ending] : 'ended'}
              </>
            ) : null}
            .
          </ChangeLine>
        );
      })}
    </ul>
  );
}
