import { describe, expect, it } from 'vitest';
import type { Contact } from '../db/schemas/customerSchema.ts';
import { newCustomerFields } from '../domain/newCustomerFields.ts';
import { mergeCustomers } from './mergeCustomers.ts';

const contact = (id: string, name: string, patch: Partial<Contact> = {}): Contact => ({ id, name, title: '', phone: '', wechat: '', email: '', roles: [], note: '', ...patch });

describe('mergeCustomers', () => {
  it('keeps the kept customer\u2019s values and adds everything only the duplicate had (hand-worked)', () => {
    const keep = {
      ...newCustomerFields('c1', '苏州恒瑞精密机械有限公司', 'zw'),
      industry: '机械', needs: '年产 5 万件的检测线', phoneKeys: ['051262881234'], lastFollowedAt: 100, stage: 'contact', nextDate: '2026-12-20',
      contacts: [contact('k1', '王工', { roles: ['tech'] })],
      evidence: [{ node: 'needsConfirmed' as const, reachedAt: '2026-11-10', note: '邮件确认', attachmentIds: ['a1'] }],
      custom: { level: '重点' },
    };
    const drop = {
      ...newCustomerFields('c2', '恒瑞精密（苏州）', 'ln'),
      industry: '制造', region: '苏州', needs: '需要报价', phoneKeys: ['13800138000'], lastFollowedAt: 200, stage: 'quote', status: 'quoted', nextDate: '2026-12-10', wonAmount: 50_000,
      contacts: [contact('k9', '王 工', { phone: '13800138000', roles: ['decision'] }), contact('k8', '李经理', { roles: ['purchase'] })],
      competitors: [{ id: 's1', name: '西门子', seenAt: '2026-11-20', note: '' }],
      evidence: [{ node: 'needsConfirmed' as const, reachedAt: '2026-11-02', note: '会议纪要', attachmentIds: ['a2'] }, { node: 'techAgreement' as const, reachedAt: '2026-11-25', note: '', attachmentIds: [] }],
      custom: { level: '一般', region2: '华东' },
    };
    const { keepPatch, dropPatch, contactIdMap } = mergeCustomers(keep, drop, 1_000);
    expect(keepPatch).toMatchObject({
      region: '苏州', // only the duplicate had it; industry stays 机械
      needs: '年产 5 万件的检测线\n（合并自「恒瑞精密（苏州）」）需要报价',
      phoneKeys: ['051262881234', '13800138000'],
      custom: { level: '重点', region2: '华东' },
      wonAmount: 50_000,
      lastFollowedAt: 200, stage: 'quote', status: 'quoted', // the duplicate was followed up last
      nextDate: '2026-12-10',
    });
    expect(keepPatch.industry).toBeUndefined();
    // 王 工 is 王工: one contact with both roles and the phone; 李经理 is added.
    expect(keepPatch.contacts).toEqual([contact('k1', '王工', { phone: '13800138000', roles: ['tech', 'decision'] }), contact('k8', '李经理', { roles: ['purchase'] })]);
    expect(contactIdMap).toEqual({ k9: 'k1' });
    expect(keepPatch.competitors?.map((s) => s.name)).toEqual(['西门子']);
    expect(keepPatch.evidence).toEqual([
      { node: 'needsConfirmed', reachedAt: '2026-11-02', note: '邮件确认\n（合并自「恒瑞精密（苏州）」）会议纪要', attachmentIds: ['a1', 'a2'] },
      { node: 'techAgreement', reachedAt: '2026-11-25', note: '', attachmentIds: [] },
    ]);
    expect(dropPatch).toEqual({ trashed: true, trashedAt: 1_000, mergedInto: 'c1' });
  });
});
