import { useEffect } from 'react';

/** Brings footnote `n` of the page into view and gives it the focus, for readers following a reference. */
export function scrollToNote(n: number): void {
  const target = document.getElementById(`note-${n}`);
  target?.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
}

/** Once a profile has loaded, scrolls to the footnote its address names (`?note=3`). */
export function useScrollToNote(loaded: boolean, note: number | undefined): void {
  useEffect(() => {
    if (loaded && note !== undefined) scrollToNote(note);
  }, [loaded, note]);
}
