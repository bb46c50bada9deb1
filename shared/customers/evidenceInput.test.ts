import { describe, expect, it } from 'vitest';
import { maturityOf } from '../domain/maturity.ts';
import { evidenceInputProblem, withEvidence } from './evidenceInput.ts';

describe('evidence nodes on the customer page', () => {
  it('sets a node in DOMAIN.md’s order and the maturity follows the highest node', () => {
    let evidence = withEvidence([], 'commercialTerms', { reachedAt: '2026-11-20', note: ' 商务条款已确认 ', attachmentIds: [] });
    evidence = withEvidence(evidence, 'needsConfirmed', { reachedAt: '2026-10-02', note: '需求确认书已签', attachmentIds: ['a1'] });
    expect(evidence.map((e) => e.node)).toEqual(['needsConfirmed', 'commercialTerms']);
    expect(evidence[1]?.note).toBe('商务条款已确认');
    expect(maturityOf(evidence)).toBe(0.7);
    // As of a day before the commercial terms, only the needs confirmation counted.
    expect(maturityOf(evidence, '2026-11-19')).toBe(0.3);
  });

  it('replaces a node set again and removes one cleared', () => {
    const evidence = withEvidence([{ node: 'downPayment', reachedAt: '2026-11-01', note: '首付款', attachmentIds: [] }], 'downPayment', { reachedAt: '2026-11-03', note: '到账', attachmentIds: ['a2'] });
    expect(evidence).toEqual([{ node: 'downPayment', reachedAt: '2026-11-03', note: '到账', attachmentIds: ['a2'] }]);
    expect(withEvidence(evidence, 'downPayment', null)).toEqual([]);
    expect(maturityOf(withEvidence(evidence, 'downPayment', null))).toBe(0);
  });

  it('asks for a date not in the future and a note or a file', () => {
    expect(evidenceInputProblem({ reachedAt: '', note: 'x', attachmentIds: [] }, '2026-12-01')).toBe('请选择取得这项证据的日期。');
    expect(evidenceInputProblem({ reachedAt: '2026-12-02', note: 'x', attachmentIds: [] }, '2026-12-01')).toContain('不能晚于今天');
    expect(evidenceInputProblem({ reachedAt: '2026-12-01', note: ' ', attachmentIds: [] }, '2026-12-01')).toContain('请写一句说明或附上文件');
    expect(evidenceInputProblem({ reachedAt: '2026-12-01', note: '', attachmentIds: ['a1'] }, '2026-12-01')).toBeNull();
  });
});
