import { createContext, useContext } from 'react';

/** What statements and footnotes deep in a profile need to link back to it. */
export interface ProfileScope {
  actorId: string;
  actorName: string;
  names: ReadonlyMap<string, string>;
}

export const ProfileContext = createContext<ProfileScope | undefined>(undefined);

export function useProfileScope(): ProfileScope {
  const scope = useContext(ProfileContext);
  if (!scope) throw new Error('useProfileScope: no ProfileContext provider above this component');
  return scope;
}
