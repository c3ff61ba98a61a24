import { CERTAINTY_RANK } from '../../../../src/core/ties/tie-span.js';
import { relationTypeLabel } from '../../vocab/labels.js';
import type { TieSpan } from './api.js';
import type { NetworkGraph, VisibleGraph } from './graph.js';
import { certaintyInMonth, monthLabel } from './model.js';

const CERTAINTY_WORDS = { definite: 'stated for the month', possible: 'possible by its dates', presumed: 'presumed' } as const;

/** "last attested in a document of May 2019": the D7 day read as its month. */
export function attestedLabel(tie: TieSpan): string {
  return tie.lastAttested ? `last attested in a document of ${monthLabel(tie.lastAttested.slice(0, 7))}` : 'no dated document says it still held';
}

/** The hovered actor's ties in force in the month, strongest first, each with its certainty and last attestation (D8). */
export function ActorTies({ graph, visible, month, actor }: { graph: NetworkGraph; visible: VisibleGraph; month: string; actor: string }) {
  const rows: { tie: TieSpan; other: string; certainty: keyof typeof CERTAINTY_WORDS }[] = [];
  graph.forEachEdge(actor, (edge, attributes, source, target) => {
    if (!visible.pairs.has(edge)) return;
    const other = source === actor ? target : source;
    for (const tie of attributes.ties) {
      const certainty = certaintyInMonth(tie, month);
      if (certainty !== 'none') rows.push({ tie, other: graph.getNodeAttribute(other, 'name'), certainty });
    }
  });
  rows.sort((a, b) => CERTAINTY_RANK[b.certainty] - CERTAINTY_RANK[a.certainty] || a.other.localeCompare(b.other));
  return (
    <aside className="network__ties" aria-label={`Ties of ${graph.getNodeAttribute(actor, 'name')} in ${monthLabel(month)}`}>
      <h2>{graph.getNodeAttribute(actor, 'name')}</h2>
      <ul>
        {rows.slice(0, 12).map(({ tie, other, certainty }) => (
          <li key={tie.id} data-certainty={certainty}>
            <strong>{relationTypeLabel(tie.type)}</strong> {other} <span className="meta">({tie.valid})</span>
            <br />
            <span className="meta">
              {CERTAINTY_WORDS[certainty]} · {attestedLabel(tie)}
            </span>
          </li>
        ))}
      </ul>
      {rows.length > 12 ? <p className="meta">and {rows.length - 12} more</p> : null}
    </aside>
  );
}
