import { formatHlc } from '../sync/hlc.ts';
import type { WriteStamp } from '../sync/stampWrite.ts';

/** A write stamp at a past business instant, on the 'demo' clock node, so history reads as if it happened. */
export const demoStamp = (at: number, memberId: string): WriteStamp => ({
  now: at,
  memberId,
  clock: formatHlc({ ms: at, counter: 0, node: 'demo' }),
});
