import type { RelationType } from '../../../../src/core/vocab/relation-types.js';
import type { LeaderChange } from './api.js';
import { ChangeLine } from './ChangeLine.js';
import { whenPhrase } from './model.js';
import { Named } from './Named.js';
import { CHANGE_PHRASES } from './phrases.js';

/** "In March 2017, Iyad Ag Ghaly took the lead of JNIM." */
export function LeaderLines({ leaders, names }: { leaders: readonly LeaderChange[]; names: Readonly<Record<string, string>> }) {
  return (
    <ul className="diff__lines">
      {leaders.map((l) => (
        <ChangeLine key={`${l.relation}:${l.change}`} kind={`leader-${l.change}`} id={l.relation} certain={l.certain} footnotes={l.footnotes}>
          {whenPhrase(l.when)}, <Named id={l.person} names={names} /> {CHANGE_PHRASES[l.type as RelationType][l.change]}{' '}
          <Named id={l.organisation} names={names} />.
        </ChangeLine>
      ))}
    </ul>
  );
}
