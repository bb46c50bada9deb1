import { describe, expect, it } from 'vitest';
import { descKey } from '../../../../../shared/db/schemas/followUpSchema.ts';
import { customerNameKey } from '../../../../../shared/domain/customerNameKey.ts';
import { fieldRestorePatch, undoPatchOf, versionRestorePatch } from './restorePatch.ts';

describe('restore patches', () => {
  it('puts one field back, with the fields derived from it', () => {
    expect(fieldRestorePatch('followups', {}, 'summary', '首次电话沟通')).toEqual({ summary: '首次电话沟通' });
    expect(fieldRestorePatch('followups', {}, 'followedAt', 1000)).toEqual({ followedAt: 1000, followedDesc: descKey(1000) });
    expect(fieldRestorePatch('customers', {}, 'name', '恒信精密')).toEqual({ name: '恒信精密', nameKey: customerNameKey('恒信精密') });
    expect(fieldRestorePatch('followups', {}, 'amount', undefined)).toEqual({ amount: undefined });
  });

  it('restores one key of a nested field and keeps the others', () => {
    const current = { custom: { budget: '专项', region: '华东' } };
    expect(fieldRestorePatch('followups', current, 'custom.budget', '自筹')).toEqual({ custom: { budget: '自筹', region: '华东' } });
    expect(fieldRestorePatch('followups', current, 'custom.budget', undefined)).toEqual({ custom: { region: '华东' } });
    expect(fieldRestorePatch('dailyreports', { sections: { problems: 'b' } }, 'sections.problems', 'a')).toEqual({ sections: { problems: 'a' } });
  });

  it('restores a version field by field, leaving sync data, the bin state and the edit log alone', () => {
    const current = { id: 'f1', summary: 'B', status: 'quoted', amount: 5, trashed: false, updatedAt: 9, clock: { summary: 'x' }, edits: [1] };
    const version = { id: 'f1', summary: 'A', status: 'quoted', trashed: true, updatedAt: 1, clock: {}, edits: [], _deleted: false };
    expect(versionRestorePatch(current, version)).toEqual({ summary: 'A', amount: undefined });
    expect(undoPatchOf(current, { summary: 'A', amount: undefined })).toEqual({ summary: 'B', amount: 5 });
  });
});
