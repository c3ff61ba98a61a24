import type { ReactNode } from 'react';
import { NoteRefs } from '../statements/NoteRefs.js';

/** One change as a sentence, with whether its dates lie wholly inside the window and its footnotes. */
export function ChangeLine({
  kind,
  id,
  certain,
  footnotes,
  children,
}: {
  kind: string;
  id: string;
  certain: boolean;
  footnotes: readonly number[];
  children: ReactNode;
}) {
  return (
    <li className="diff__line" data-change={kind} data-id={id}>
      <span className="diff__sentence">{children}</span>
      {certain ? null : (
        <span className="tag tag--quiet" title="The dates the sources give reach outside the chosen window">
          may fall outside these dates
        </span>
      )}
      <NoteRefs numbers={footnotes} />
    </li>
  );
}
