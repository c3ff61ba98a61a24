import { useCallback, useState } from 'react';
import { useSession } from '../../api/session.js';

const KEY = 'faultline.reviewer';

function stored(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return ''; // storage can be disabled; the name then lasts for the page only
  }
}

/**
 * The reviewer's name, remembered in this browser so every decision records who made it. A user
 * signed in to a team server is the reviewer (the server records them whatever is sent): `fixed`.
 */
export function useReviewer(): [string, (name: string) => void, boolean] {
  const session = useSession();
  const [name, setName] = useState(stored);
  const update = useCallback((next: string) => {
    setName(next);
    try {
      if (next.trim()) window.localStorage.setItem(KEY, next.trim());
      else window.localStorage.removeItem(KEY);
    } catch {
      // see above
    }
  }, []);
  if (session.state === 'ready' && session.mode === 'accounts' && session.user) return [session.user.name, update, true];
  return [name, update, false];
}
