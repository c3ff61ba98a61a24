import type { Footnote } from '../../api/types.js';
import { FootnoteItem } from './FootnoteItem.js';

/** The numbered footnotes at the foot of a profile; each opens the passages it cites. */
export function FootnoteList({ notes, current }: { notes: readonly Footnote[]; current: number | undefined }) {
  return (
    <section className="footnotes" aria-labelledby="footnotes-title">
      <h2 id="footnotes-title">Footnotes</h2>
      {notes.length === 0 ? (
        <p className="meta">Nothing here cites a source yet.</p>
      ) : (
        <ol className="footnotes__list">
          {notes.map((note) => (
            <FootnoteItem key={note.n} note={note} current={note.n === current} />
          ))}
        </ol>
      )}
    </section>
  );
}
