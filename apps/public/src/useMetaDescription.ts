import { useEffect } from 'react';

/** Sets `<meta name="description">` for the page shown, so a shared tab or bookmark describes it. */
export function useMetaDescription(description: string): void {
  useEffect(() => {
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [description]);
}
