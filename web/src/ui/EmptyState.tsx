import type { ReactNode } from 'react';

/** Says plainly that there is nothing to show, and why when known. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="state state--empty">{children}</p>;
}
