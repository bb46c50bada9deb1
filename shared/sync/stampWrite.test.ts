import { describe, expect, it } from 'vitest';
import { stampNew, stampPatch } from './stampWrite.ts';
import { fieldClock } from './syncMeta.ts';

const first = { now: 1_000, memberId: 'm1', clock: 'c1' };
const second = { now: 2_000, memberId: 'm2', clock: 'c2' };

describe('write stamps', () => {
  it('give every business field of a new document the edit clock, as one creation stamp', () => {
    const doc = stampNew({ id: 'x', name: '客户甲', stage: 'lead' }, first);
    expect(doc.clock).toEqual({ '*': 'c1' });
    expect(['name', 'stage', 'trashed'].map((f) => fieldClock(doc, f))).toEqual(['c1', 'c1', 'c1']);
    expect(fieldClock(doc, 'remark')).toBe('');
    expect(doc).toMatchObject({ createdAt: 1_000, createdBy: 'm1', updatedAt: 1_000, updatedBy: 'm1', trashed: false, conflicts: [] });
  });

  it('advance only the clocks of the fields a patch touches', () => {
    const doc = stampNew({ id: 'x', name: '客户甲', stage: 'lead' }, first);
    const patch = stampPatch(doc, { stage: 'quote' }, second);
    expect(patch).toEqual({ stage: 'quote', updatedAt: 2_000, updatedBy: 'm2', conflicts: [], clock: { '*': 'c1', stage: 'c2' } });
  });

  it('settle the conflicts of the fields a patch sets, and keep the others', () => {
    const conflict = (field: string) => ({ field, value: 'x', clock: 'c0', winnerClock: 'c1', by: 'm3', at: 1 });
    const doc = { ...stampNew({ id: 'x', stage: 'lead', status: 'callback' }, first), conflicts: [conflict('stage'), conflict('status')] };
    expect(stampPatch(doc, { stage: 'quote' }, second).conflicts).toEqual([conflict('status')]);
  });
});
