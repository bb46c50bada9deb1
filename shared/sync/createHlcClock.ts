import { tickHlc, type Hlc } from './hlc.ts';

export type HlcClock = { next: () => Hlc };

/** This desktop's clock: strictly increasing stamps even if the wall clock steps back. */
export const createHlcClock = (node: string, now: () => number): HlcClock => {
  let last: Hlc | null = null;
  return {
    next: () => {
      last = tickHlc(last, now(), node);
      return last;
    },
  };
};
