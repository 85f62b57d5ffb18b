import { useEffect } from 'react';

/** The browser tab's title, which screen readers also announce on a page change. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – Kompetansenettverk i palliasjon`;
  }, [title]);
}
