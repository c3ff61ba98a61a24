import type { ReactNode } from 'react';

/** One kind of hit on the search page, with its count; a kind with none says so briefly. */
export function ResultGroup({ id, title, count, note, children }: { id: string; title: string; count: number; note?: string; children: ReactNode }) {
  return (
    <section className="search-group" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="count">{count}</span>
      </h2>
      {note ? <p className="meta">{note}</p> : null}
      {count === 0 ? <p className="meta">None.</p> : <ol className="results">{children}</ol>}
    </section>
  );
}
