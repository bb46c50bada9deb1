import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The whole location hash ('#/followups/row/f1'): in-app links (shared/links/appLink.ts) live there. */
export const useLocationHash = (): string => useSyncExternalStore(subscribe, () => window.location.hash);
