import { useCallback, useSyncExternalStore } from 'react';
import { pageIdSchema, type PageId } from '../../../../shared/api/apiSchemas.ts';

const read = (): PageId => {
  const parsed = pageIdSchema.safeParse(window.location.hash.replace(/^#\/?/, '').split('/')[0]);
  return parsed.success ? parsed.data : 'followups';
};

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current page lives in the URL hash, so reload and the browser's back button keep it. */
export const useHashPage = (): [PageId, (page: PageId) => void] => {
  const page = useSyncExternalStore(subscribe, read);
  const go = useCallback((next: PageId) => {
    window.location.hash = `/${next}`;
  }, []);
  return [page, go];
};
