import type { AttachmentDoc } from '../../db/schemas/attachmentSchema.ts';
import type { CommentDoc } from '../../db/schemas/commentSchema.ts';
import type { CustomerDoc } from '../../db/schemas/customerSchema.ts';
import { descKey, type FollowUpDoc } from '../../db/schemas/followUpSchema.ts';
import { startOfCalendarDate } from '../../domain/calendarDate.ts';
import { defaultOptionLists } from '../../domain/options.ts';
import { newCustomerFields } from '../../domain/newCustomerFields.ts';
import { stampNew } from '../../sync/stampWrite.ts';
import type { ReportLookups } from './toCustomerReportInput.ts';

const OFFSET = 480;
export const at = (date: string, hm = '10:00'): number => {
  const [h = 0, m = 0] = hm.split(':').map(Number);
  return startOfCalendarDate(date, OFFSET) + (h * 60 + m) * 60_000;
};
const stamp = (now: number, memberId = 'rep-li') => ({ now, memberId, clock: `${now}-0-test` });

/** 苏州恒瑞精密机械: three contacts (技术+决策人, 采购, 财务), a competitor seen last fortnight, two evidence nodes, a manager's override to A. */
export const reportCustomer = (): CustomerDoc =>
  stampNew(
    {
      ...newCustomerFields('c1', '苏州恒瑞精密机械有限公司', 'rep-li'),
      shortName: '恒瑞精密', industry: 'manufacturing', source: 'expo', stage: 'quote', status: 'quoted', intent: 'high' as const, winProbability: 0.35,
      expectedAmount: 150_000, expectedCloseDate: '2027-01-15', needClarity: 'drawing' as const, needs: '200 台伺服驱动器，替换旧产线', painPoints: '交期紧',
      region: '江苏', address: '苏州工业园区星湖街 328 号', grade: 'B' as const,
      gradeOverride: { grade: 'A' as const, reason: '集团战略客户', by: 'mgr-wang', at: at('2026-11-26') },
      contacts: [
        { id: 'k1', name: '王工', title: '技术总监', phone: '138 0013 8000', wechat: 'wanggong', email: 'wang@hengrui.cn', roles: ['tech' as const, 'decision' as const], note: '' },
        { id: 'k2', name: '李经理', title: '采购经理', phone: '0512-6666 8888', wechat: '', email: '', roles: ['purchase' as const], note: '周三下午有空' },
        { id: 'k3', name: '赵会计', title: '财务', phone: '', wechat: '', email: '', roles: ['finance' as const], note: '' },
      ],
      competitors: [{ id: 'x1', name: '汇川技术', seenAt: '2026-11-15', note: '报价低 8%' }],
      evidence: [
        { node: 'needsConfirmed' as const, reachedAt: '2026-11-10', note: '需求确认书已签', attachmentIds: ['a1'] },
        { node: 'techAgreement' as const, reachedAt: '2026-11-25', note: '技术协议（盖章版）', attachmentIds: ['a2', 'a3'] },
      ],
    },
    stamp(at('2026-08-01')),
  );

const followUp = (id: string, date: string, fields: Partial<FollowUpDoc>): FollowUpDoc => {
  const followedAt = at(date);
  return stampNew(
    { id, customerId: 'c1', contactId: '', followedAt, followedDesc: descKey(followedAt), method: 'phone', summary: '', status: 'callback', stage: 'needs', nextDate: '', nextAction: '', nextOwnerId: '', ownerId: 'rep-li', remark: '', custom: {}, importBatchId: '', ...fields },
    stamp(followedAt),
  );
};

export const reportFollowUps = (): FollowUpDoc[] => [
  followUp('f1', '2026-11-20', { contactId: 'k1', method: 'visit', summary: '现场看产线，确认技术参数', stage: 'needs' }),
  followUp('f2', '2026-11-28', { contactId: 'k2', summary: '电话沟通报价，客户希望再降 5%', stage: 'quote', status: 'quoted', amount: 120_000, nextDate: '2026-12-03', nextAction: '发正式报价单' }),
  followUp('f3', '2026-08-01', { contactId: 'k3', summary: '财务确认付款流程', stage: 'contact' }),
  { ...followUp('f4', '2026-11-29', { summary: '误录' }), trashed: true },
];

const comment = (id: string, date: string, hm: string, authorId: string, body: string, parentId = ''): CommentDoc =>
  stampNew({ id, targetType: 'customer' as const, targetId: 'c1', authorId, body, mentions: [], parentId, readBy: [] }, stamp(at(date, hm), authorId));

export const reportComments = (): CommentDoc[] => [comment('m1', '2026-11-29', '09:00', 'mgr-wang', '报价前先确认预算'), comment('m2', '2026-11-30', '08:30', 'rep-li', '已确认，预算 15 万', 'm1')];

const attachment = (id: string, fileName: string, trashed = false): AttachmentDoc => ({
  ...stampNew({ id, ownerType: 'evidence' as const, ownerId: 'c1', fileName, mime: 'application/pdf', size: 1000, sha256: 'a'.repeat(64) }, stamp(at('2026-11-25'))),
  trashed,
});
export const reportAttachments = (): AttachmentDoc[] => [attachment('a1', '需求确认书.pdf'), attachment('a2', '技术协议.pdf'), attachment('a3', '旧版.pdf', true)];

export const reportLookups: ReportLookups = {
  members: new Map([['rep-li', '李娜'], ['mgr-wang', '王强']]),
  options: defaultOptionLists(),
  today: '2026-12-01',
  utcOffsetMinutes: OFFSET,
};
