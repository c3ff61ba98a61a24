import { useCallback, useState } from 'react';

const KEY = 'faultline.reviewer';

function stored(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return ''; // storage can be disabled; the name then lasts for the page only
  }
}

/** The reviewer's name, remembered in this browser so every decision records who made it. */
export function useReviewer(): [string, (name: string) => void] {
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
  return [name, update];
}
