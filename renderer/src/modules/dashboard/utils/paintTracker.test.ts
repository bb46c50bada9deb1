import { describe, expect, it } from 'vitest';
import { createPaintTracker } from './paintTracker.ts';

describe('createPaintTracker', () => {
  it('fires once when every chart has drawn the same key, whatever the order', () => {
    const fired: string[] = [];
    const tracker = createPaintTracker(['funnel', 'trends'], (key) => fired.push(key));
    tracker.report('funnel', 'k1');
    expect(fired).toEqual([]);
    tracker.report('trends', 'k1');
    tracker.report('trends', 'k1');
    expect(fired).toEqual(['k1']);
    // A filter change: trends redraws first; funnel still shows k1, so k2 is not done until it reports.
    tracker.report('trends', 'k2');
    expect(fired).toEqual(['k1']);
    tracker.report('funnel', 'k2');
    expect(fired).toEqual(['k1', 'k2']);
  });
});
