import { useEffect } from 'react';

/** Names the page in the browser tab and history: `GATIA · Faultline`. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Faultline` : 'Faultline';
  }, [title]);
}
