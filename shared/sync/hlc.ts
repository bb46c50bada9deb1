/**
 * Hybrid logical clock stamps, one per field edit. The text form sorts in causal-then-wall-clock order
 * ("physical ms : counter : node"), so every desktop picks the same winner by plain string comparison.
 */
export type Hlc = string;

const MS_WIDTH = 15;
const COUNTER_WIDTH = 4;

export type HlcParts = { ms: number; counter: number; node: string };

export const formatHlc = ({ ms, counter, node }: HlcParts): Hlc =>
  `${String(ms).padStart(MS_WIDTH, '0')}:${String(counter).padStart(COUNTER_WIDTH, '0')}:${node}`;

export const parseHlc = (hlc: Hlc): HlcParts => {
  const [ms, counter, ...node] = hlc.split(':');
  return { ms: Number(ms), counter: Number(counter), node: node.join(':') };
};

/** The next stamp after `last` on this node: never behind the wall clock, never behind what it has seen. */
export const tickHlc = (last: Hlc | null, nowMs: number, node: string): Hlc => {
  const prev = last ? parseHlc(last) : { ms: 0, counter: 0 };
  if (nowMs > prev.ms) return formatHlc({ ms: nowMs, counter: 0, node });
  return formatHlc({ ms: prev.ms, counter: prev.counter + 1, node });
};

export const maxHlc = (a: Hlc | null | undefined, b: Hlc | null | undefined): Hlc | null => {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
};
