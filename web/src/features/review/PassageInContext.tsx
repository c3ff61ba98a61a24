import { hrefOf } from '../../routing/route.js';
import type { ReviewItem } from './api.js';

/** The evidence with the text around it; document text is only ever React text, never markup. */
export function PassageInContext({ passage, context }: { passage: NonNullable<ReviewItem['passage']>; context: number }) {
  const href = hrefOf({ view: 'source', id: passage.source, passage: { start: passage.start, end: passage.end } });
  return (
    <figure className="review-passage">
      <blockquote className="review-passage__text">
        {passage.start > passage.before.length ? '…' : null}
        {passage.before.trimStart()}
        <mark className="passage-mark">{passage.text}</mark>
        {passage.after.trimEnd()}
        {passage.after.length >= context ? '…' : null}
      </blockquote>
      <figcaption className="meta">
        <a className="passage__source" href={href}>
          {passage.title}
        </a>
        , characters {passage.start}–{passage.end}
      </figcaption>
    </figure>
  );
}
