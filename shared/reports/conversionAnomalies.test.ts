import { describe, expect, it } from 'vitest';
import { conversionAnomalies } from './conversionAnomalies.ts';
import type { ConversionCell, StageConversion } from './stageConversion.ts';

const cell = (converted: number, entered: number): ConversionCell => ({
  entered, converted, rate: entered ? converted / entered : null,
  enteredIds: Array.from({ length: entered }, (_, i) => `e${i}`), convertedIds: Array.from({ length: converted }, (_, i) => `e${i}`),
});
const needs = (team: ConversionCell, reps: Record<string, ConversionCell>): StageConversion => ({ stage: 'needs', next: 'quote', team, byRep: new Map(Object.entries(reps)) });

describe('conversionAnomalies', () => {
  it('flags a rep more than 30% below the team: 2/17 = 12% against 38/84 = 45% is 74% below', () => {
    const [anomaly, ...rest] = conversionAnomalies([needs(cell(38, 84), { zhang: cell(2, 17), li: cell(9, 20) })]);
    expect(rest).toEqual([]);
    expect(anomaly).toMatchObject({ kind: 'conversion', memberId: 'zhang', stage: 'needs', next: 'quote' });
    // (38/84 − 2/17) / (38/84) = 1 − (2·84)/(17·38) = 1 − 168/646
    expect(anomaly!.gap).toBeCloseTo(1 - 168 / 646, 10);
    // li: 9/20 = 45% vs 45.2%: 0.5% below, no warning.
  });

  it('does not flag a gap of exactly 30%, and flags one just over it', () => {
    // team 10/20 = 50%; 7/20 = 35% is exactly 30% below; 69/200 = 34.5% is 31% below.
    const result = conversionAnomalies([needs(cell(10, 20), { exact: cell(7, 20), over: cell(69, 200) })]);
    expect(result.map((a) => a.memberId)).toEqual(['over']);
  });

  it('needs at least 5 customers entering the stage for the rep', () => {
    const result = conversionAnomalies([needs(cell(10, 20), { four: cell(0, 4), five: cell(0, 5) })]);
    expect(result.map((a) => a.memberId)).toEqual(['five']);
  });

  it('has nothing to compare when the team converted nobody, and takes other thresholds', () => {
    expect(conversionAnomalies([needs(cell(0, 30), { a: cell(0, 10) })])).toEqual([]);
    // 4/10 = 40% vs 50% is 20% below: flagged only with a 10% threshold.
    expect(conversionAnomalies([needs(cell(10, 20), { a: cell(4, 10) })])).toEqual([]);
    expect(conversionAnomalies([needs(cell(10, 20), { a: cell(4, 10) })], { gapPercent: 10 })).toHaveLength(1);
    expect(conversionAnomalies([needs(cell(10, 20), { a: cell(0, 3) })], { minEntered: 3 })).toHaveLength(1);
  });
});
