import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs` (so "today" and 已逾期 roll over at midnight while the app stays open). */
export const useNow = (everyMs = 60_000): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
};
