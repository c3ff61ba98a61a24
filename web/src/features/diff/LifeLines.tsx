import type { LifespanChange } from './api.js';
import { ChangeLine } from './ChangeLine.js';
import { whenPhrase } from './model.js';
import { Named } from './Named.js';
import { END_PHRASES } from './phrases.js';

/** "In March 2017, JNIM was formed." — organisations formed or ended, persons who appeared or died. */
export function LifeLines({
  changes,
  bound,
  kind,
  names,
}: {
  changes: readonly LifespanChange[];
  bound: 'start' | 'end';
  kind: string;
  names: Readonly<Record<string, string>>;
}) {
  return (
    <ul className="diff__lines">
      {changes.map((c) => {
        const verb = bound === 'start' ? 'was formed' : c.ended ? END_PHRASES[c.ended] : 'ended';
        // A bound derived from a tie (L2) is dated by that split, founding, merger or rename, listed below.
        const derived =
          c.basis && c.basis !== 'stated'
            ? bound === 'start'
              ? ', as dated by the split or founding it began with'
              : ', as dated by the merger or rename that ended it'
            : '';
        return (
          <ChangeLine key={`${kind}:${c.actor}`} kind={kind} id={c.actor} certain={c.certain} footnotes={c.footnotes}>
            {whenPhrase(c.when)}, <Named id={c.actor} names={names} /> {verb}
            {derived}.
          </ChangeLine>
        );
      })}
    </ul>
  );
}
