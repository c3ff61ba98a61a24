import { useMemo } from 'react';
import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { dateInWords } from '../../../../src/core/dates/edtf-words.js';
import { Async } from '../../ui/Async.js';
import { joinLoads } from '../network/join-loads.js';
import { layoutSmallGraph } from '../small-graph/layout.js';
import { SmallGraph } from '../small-graph/SmallGraph.js';
import type { ActorList, Diff, Snapshot } from './api.js';
import { involvedActors, sideOf } from './before-after.js';

/**
 * The organisations the changes involve, drawn on the window's first month and on its last, laid out
 * once so each actor sits in the same place in both: ties that ended thick and dashed before, ties
 * that began thick after.
 */
export function BeforeAfter({ diff }: { diff: Diff }) {
  const loads = joinLoads(
    joinLoads(useApi(apiGet('/snapshot', { query: { asOf: diff.from } })), useApi(apiGet('/snapshot', { query: { asOf: diff.to } }))),
    useApi(apiGet('/actors', {})),
  );
  return (
    <Async value={loads} what="before and after">
      {([[before, after], actorList]) => <Drawings diff={diff} before={before} after={after} actorList={actorList} />}
    </Async>
  );
}

function Drawings({ diff, before, after, actorList }: { diff: Diff; before: Snapshot; after: Snapshot; actorList: ActorList }) {
  const drawn = useMemo(() => {
    const actors = new Map(actorList.map((a) => [a.id, a]));
    const involved = involvedActors(diff, new Map(actorList.map((a) => [a.id, a.kind])));
    const marked = new Set([...diff.formed, ...diff.dissolved].map((c) => c.actor));
    const left = sideOf(before, involved, new Set(diff.ended.map((t) => t.id)), 'ended', actors, marked);
    const right = sideOf(after, involved, new Set(diff.begun.map((t) => t.id)), 'begun', actors, marked);
    const placed = layoutSmallGraph(
      [...left.nodes, ...right.nodes].map((n) => n.id),
      [...left.edges, ...right.edges].map((e) => [e.from, e.to] as const),
    );
    return { left, right, placed };
  }, [diff, before, after, actorList]);
  const { left, right, placed } = drawn;
  return (
    <section className="diff__section diff__network" aria-labelledby="diff-network">
      <h2 id="diff-network">Before and after</h2>
      <p className="meta">
        The organisations these changes involve (persons and communities left out), in force on each date, with the ties among them: blue allied, red hostile,
        grey other ties; dashed only possible, dotted presumed. Ringed: formed or ended in the window. Select an actor to open its profile.
      </p>
      <div className="diff__panels">
        <figure data-testid="diff-before">
          <SmallGraph nodes={left.nodes} edges={left.edges} placed={placed} label={`Before: ${left.nodes.length} organisations on ${dateInWords(diff.from)}`} />
          <figcaption>
            <strong>{dateInWords(diff.from)}</strong> · {left.nodes.length} organisations · thick dashed: ties that ended in the window
          </figcaption>
        </figure>
        <figure data-testid="diff-after">
          <SmallGraph nodes={right.nodes} edges={right.edges} placed={placed} label={`After: ${right.nodes.length} organisations on ${dateInWords(diff.to)}`} />
          <figcaption>
            <strong>{dateInWords(diff.to)}</strong> · {right.nodes.length} organisations · thick: ties that began in the window
          </figcaption>
        </figure>
      </div>
    </section>
  );
}
