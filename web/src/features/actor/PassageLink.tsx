import type { ClaimCredibility, Footnote } from '../../api/types.js';
import { hrefOf } from '../../routing/route.js';
import { Grade } from '../../ui/Grade.js';
import { RestrictedSource } from '../../ui/RestrictedSource.js';
import { useProfileScope } from './profile-context.js';

/** A cited passage: its source's title opening the reader at the passage, and the B2-style grade; a restricted one has no link. */
export function PassageLink({ passage, credibility }: { passage: Footnote['passages'][number]; credibility: ClaimCredibility }) {
  const { actorId } = useProfileScope();
  if (passage.restricted) {
    return (
      <span className="passage passage--restricted">
        <RestrictedSource /> <span className="meta">withheld: reviewers and administrators can read it</span>
      </span>
    );
  }
  const href = hrefOf({ view: 'source', id: passage.sourceId, passage: { start: passage.start, end: passage.end }, from: actorId });
  return (
    <span className="passage">
      <a className="passage__source" href={href}>
        {passage.sourceTitle}
      </a>
      {passage.sourceOrigin ? <span className="meta"> — {passage.sourceOrigin}</span> : null}{' '}
      <Grade reliability={passage.reliability} credibility={credibility} />{' '}
      <span className="meta">
        characters {passage.start}–{passage.end}
      </span>
    </span>
  );
}
