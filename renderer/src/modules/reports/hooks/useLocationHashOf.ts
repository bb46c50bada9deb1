import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The whole location hash, live: the report a link names lives there (#/reports/<member>/<date>). */
export const useLocationHashOf = (): string => useSyncExternalStore(subscribe, () => window.location.hash);
