import { createContext, useContext } from 'react';

/** What statements and footnotes deep in a profile need to link back to it. */
export interface ProfileScope {
  /** The record whose page this is: an actor, or a place on a place's page. */
  actorId: string;
  actorName: string;
  names: ReadonlyMap<string, string>;
  /** Where footnote `n` of this page is, when the page is not an actor's profile. */
  noteHref?: (n: number) => string;
}

export const ProfileContext = createContext<ProfileScope | undefined>(undefined);

export function useProfileScope(): ProfileScope {
  const scope = useContext(ProfileContext);
  if (!scope) throw new Error('useProfileScope: no ProfileContext provider above this component');
  return scope;
}
