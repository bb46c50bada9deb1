import { useEffect, type RefObject } from 'react';

/** Closes a popover on Escape or a mouse press outside it. */
export const useDismiss = (ref: RefObject<HTMLElement | null>, onClose: () => void): void => {
  useEffect(() => {
    const down = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) onClose();
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('mousedown', down);
    document.addEventListener('keydown', key);
    return () => {
      document.removeEventListener('mousedown', down);
      document.removeEventListener('keydown', key);
    };
  }, [ref, onClose]);
};
