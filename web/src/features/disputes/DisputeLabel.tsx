import { hrefOf } from '../../routing/route.js';
import { labelInWords, linkNames } from './model.js';

/** A fact's label, its date in words and the names of the actors it is about linking to their profiles. */
export function DisputeLabel({ label, actors }: { label: string; actors: readonly { id: string; name: string }[] }) {
  return (
    <>
      {linkNames(labelInWords(label), actors).map((part, i) =>
        'actor' in part ? (
          <a key={i} href={hrefOf({ view: 'actor', id: part.actor })}>
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
