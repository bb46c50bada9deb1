import { describe, expect, it } from 'vitest';
import { formatHlc, maxHlc, parseHlc, tickHlc } from './hlc.ts';

describe('hybrid logical clock', () => {
  it('round-trips and sorts as text in time order', () => {
    const a = formatHlc({ ms: 1_700_000_000_000, counter: 3, node: 'desk-a' });
    expect(parseHlc(a)).toEqual({ ms: 1_700_000_000_000, counter: 3, node: 'desk-a' });
    const later = formatHlc({ ms: 1_700_000_000_001, counter: 0, node: 'a' });
    expect(later > a).toBe(true);
  });

  it('never goes backwards when the wall clock does', () => {
    const first = tickHlc(null, 2_000, 'n');
    const second = tickHlc(first, 1_000, 'n');
    expect(second > first).toBe(true);
    expect(parseHlc(second)).toEqual({ ms: 2_000, counter: 1, node: 'n' });
    expect(parseHlc(tickHlc(second, 3_000, 'n'))).toEqual({ ms: 3_000, counter: 0, node: 'n' });
  });

  it('breaks ties between desktops by node id, the same way everywhere', () => {
    const a = formatHlc({ ms: 5, counter: 0, node: 'a' });
    const b = formatHlc({ ms: 5, counter: 0, node: 'b' });
    expect(maxHlc(a, b)).toBe(b);
    expect(maxHlc(b, a)).toBe(b);
    expect(maxHlc(null, a)).toBe(a);
  });
});
