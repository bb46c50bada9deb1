import { describe, expect, it } from 'vitest';
import { customersToRegrade } from './regradeInputsChanged.ts';

describe('customersToRegrade', () => {
  it('names the customer of a follow-up added, moved between customers or edited where it counts', () => {
    expect(customersToRegrade({ operation: 'INSERT', documentData: { customerId: 'c1' } }, 'followups')).toEqual(['c1']);
    expect(customersToRegrade({ operation: 'UPDATE', documentData: { customerId: 'c2', contactId: '' }, previousDocumentData: { customerId: 'c1', contactId: '' } }, 'followups')).toEqual(['c2', 'c1']);
    expect(customersToRegrade({ operation: 'UPDATE', documentData: { customerId: 'c1', contactId: 'k2' }, previousDocumentData: { customerId: 'c1', contactId: 'k1' } }, 'followups')).toEqual(['c1']);
    expect(customersToRegrade({ operation: 'UPDATE', documentData: { customerId: 'c1', nextDate: '2026-12-09' }, previousDocumentData: { customerId: 'c1', nextDate: '' } }, 'followups')).toEqual(['c1']);
  });
  it('ignores edits that move no input: a summary, or the grading\u2019s own score', () => {
    expect(customersToRegrade({ operation: 'UPDATE', documentData: { customerId: 'c1', summary: 'b' }, previousDocumentData: { customerId: 'c1', summary: 'a' } }, 'followups')).toEqual([]);
    expect(customersToRegrade({ operation: 'UPDATE', documentData: { id: 'c1', healthScore: 80, grade: 'A' }, previousDocumentData: { id: 'c1', healthScore: 60, grade: 'B' } }, 'customers')).toEqual([]);
    expect(customersToRegrade({ operation: 'UPDATE', documentData: { id: 'c1', needClarity: 'budget' }, previousDocumentData: { id: 'c1', needClarity: 'need' } }, 'customers')).toEqual(['c1']);
  });
});
