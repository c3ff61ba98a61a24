import { hrefOf } from '../../routing/route.js';
import { useProfileScope } from './profile-context.js';

/** Superscript footnote numbers, each linking to its footnote at the foot of the profile. */
export function FootnoteRefs({ numbers }: { numbers: readonly number[] }) {
  const { actorId, noteHref } = useProfileScope();
  if (numbers.length === 0) return null;
  return (
    <sup className="refs">
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 ? ',' : null}
          <a
            className="ref"
            href={noteHref ? noteHref(n) : hrefOf({ view: 'actor', id: actorId, note: n })}
            aria-label={`footnote ${n}`}
            // The hash does not change when the same note is chosen twice, so scroll here too.
            onClick={() => document.getElementById(`note-${n}`)?.scrollIntoView({ block: 'center' })}
          >
            {n}
          </a>
        </span>
      ))}
    </sup>
  );
}
