import type { MouseEvent } from 'react';

/** Superscript footnote numbers; each brings its footnote, just below in the same dispute, into view. */
export function ClaimRefs({ numbers, onFollow }: { numbers: readonly number[]; onFollow: (n: number) => void }) {
  if (numbers.length === 0) return null;
  // With hash routing a #note-3 link would replace the route, so move to the footnote instead.
  const follow = (event: MouseEvent<HTMLAnchorElement>, n: number) => {
    event.preventDefault();
    onFollow(n);
    const target = document.getElementById(`note-${n}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  };
  return (
    <sup className="refs">
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 ? ',' : null}
          <a className="ref" href={`#note-${n}`} aria-label={`footnote ${n}`} onClick={(event) => follow(event, n)}>
            {n}
          </a>
        </span>
      ))}
    </sup>
  );
}
