import type { ReactNode } from 'react';
import type { Footnote } from '../../api/types.js';
import { FootnoteList } from '../actor/FootnoteList.js';
import { ProfileContext } from '../actor/profile-context.js';
import { useNames } from '../actor/use-names.js';

/**
 * The profile's footnote components for a page that is not one actor's: the same numbered notes, each
 * opening its passage in the reader. No actor id, so the reader offers no "back to profile" link.
 */
export function PageNotes({ notes, children }: { notes: readonly Footnote[]; children: ReactNode }) {
  const names = useNames(notes.some((n) => n.value !== undefined));
  return (
    <ProfileContext.Provider value={{ actorId: '', actorName: '', names }}>
      {children}
      <FootnoteList notes={notes} current={undefined} />
    </ProfileContext.Provider>
  );
}
