import { scrollToNote } from '../actor/scroll-to-note.js';

/** Superscript footnote numbers that scroll to the footnote on the same page (the hash keeps the page's own state). */
export function NoteRefs({ numbers }: { numbers: readonly number[] }) {
  if (numbers.length === 0) return null;
  return (
    <sup className="refs">
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 ? ',' : null}
          <a
            className="ref"
            href={`#note-${n}`}
            aria-label={`footnote ${n}`}
            onClick={(event) => {
              // The app routes on the hash: scroll to the note instead of navigating.
              event.preventDefault();
              scrollToNote(n);
            }}
          >
            {n}
          </a>
        </span>
      ))}
    </sup>
  );
}
