import { useEffect, useState } from 'react';

/**
 * False until `delayMs` after mount, then true: background work (grading every customer) waits until
 * the page the user opened has painted and the reads it needs are done. 0 starts at once (tests).
 */
export const useStartedAfter = (delayMs: number): boolean => {
  const [started, setStarted] = useState(delayMs <= 0);
  useEffect(() => {
    if (started) return undefined;
    const timer = setTimeout(() => setStarted(true), delayMs);
    return () => clearTimeout(timer);
  }, [started, delayMs]);
  return started;
};
