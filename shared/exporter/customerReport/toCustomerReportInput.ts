import type { AttachmentDoc } from '../../db/schemas/attachmentSchema.ts';
import type { CommentDoc } from '../../db/schemas/commentSchema.ts';
import type { CustomerDoc } from '../../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../../db/schemas/followUpSchema.ts';
import { evidenceNodes, evidenceWeights } from '../../domain/evidence.ts';
import { computeHealthScore } from '../../domain/healthScore.ts';
import { maturityOf } from '../../domain/maturity.ts';
import type { OptionItem, OptionLists } from '../../domain/options.ts';
import { healthInputsOf } from '../../customers/healthInputsOf.ts';
import type { CustomerReportInput, ReportTimelineRow } from './customerReportTypes.ts';
import { clarityLabels, evidenceLabels, intentLabels, roleLabels } from './customerReportLabels.ts';

export type ReportLookups = { members: ReadonlyMap<string, string>; options: OptionLists; today: string; utcOffsetMinutes: number };
type FollowUp = Pick<FollowUpDoc, 'id' | 'followedAt' | 'method' | 'contactId' | 'ownerId' | 'stage' | 'status' | 'summary' | 'nextDate' | 'nextAction' | 'nextOwnerId' | 'trashed'> & { amount?: number };
type Comment = Pick<CommentDoc, 'id' | 'createdAt' | 'authorId' | 'body' | 'parentId' | 'trashed'>;

const label = (list: readonly OptionItem[], id: string): string => list.find((o) => o.id === id)?.label ?? id;

const timelineRows = (customer: CustomerDoc, followUps: readonly FollowUp[], comments: readonly Comment[], l: ReportLookups): ReportTimelineRow[] => {
  const member = (id: string) => l.members.get(id) ?? '';
  const contact = (id: string) => customer.contacts.find((c) => c.id === id)?.name ?? '';
  const rows: ReportTimelineRow[] = [
    ...followUps.filter((f) => !f.trashed).map((f) => ({
      at: f.followedAt, kind: 'followUp' as const, method: label(l.options.methods, f.method), who: contact(f.contactId), owner: member(f.ownerId),
      stage: label(l.options.stages, f.stage), status: label(l.options.statuses, f.status), text: f.summary, amount: f.amount ?? null, nextDate: f.nextDate, nextAction: f.nextAction,
    })),
    ...comments.filter((c) => !c.trashed).map((c) => ({
      at: c.createdAt, kind: 'comment' as const, method: c.parentId ? '回复' : '批注', who: member(c.authorId), owner: '', stage: '', status: '', text: c.body, amount: null, nextDate: '', nextAction: '',
    })),
  ];
  return rows.sort((a, b) => b.at - a.at);
};

/**
 * One customer's report from its records: the facts, the health score with its four contributions as
 * of `today`, the contacts with their roles, competitors, the five evidence nodes (reached or not) with
 * their files, the timeline newest first, and the next plan of the latest follow-up.
 */
export const toCustomerReportInput = (
  customer: CustomerDoc,
  followUps: readonly FollowUp[],
  comments: readonly Comment[],
  attachments: readonly Pick<AttachmentDoc, 'id' | 'fileName' | 'trashed'>[],
  l: ReportLookups,
): CustomerReportInput => {
  const health = computeHealthScore(healthInputsOf(customer, followUps, l.today, l.utcOffsetMinutes));
  const files = new Map(attachments.filter((a) => !a.trashed).map((a) => [a.id, a.fileName]));
  const latest = followUps.filter((f) => !f.trashed).reduce<FollowUp | null>((best, f) => (!best || f.followedAt > best.followedAt ? f : best), null);
  const override = customer.gradeOverride;
  return {
    customer: {
      id: customer.id, name: customer.name, shortName: customer.shortName, industry: label(l.options.industries, customer.industry), source: label(l.options.sources, customer.source),
      region: customer.region, address: customer.address, owner: l.members.get(customer.ownerId) ?? '', stage: label(l.options.stages, customer.stage), status: label(l.options.statuses, customer.status),
      grade: override?.grade ?? health.grade, gradeNote: override ? `主管调整（计算为 ${health.grade}）：${override.reason}` : '', healthScore: health.score, contributions: health.contributions,
      intent: intentLabels[customer.intent], winProbability: customer.winProbability, expectedAmount: customer.expectedAmount ?? null, expectedCloseDate: customer.expectedCloseDate ?? '',
      lastFollowedAt: latest?.followedAt ?? customer.lastFollowedAt, needClarity: clarityLabels[customer.needClarity], needs: customer.needs, painPoints: customer.painPoints,
    },
    contacts: customer.contacts.map((c) => ({ name: c.name, title: c.title ?? '', roles: c.roles.map((r) => roleLabels[r]).join('、'), phone: c.phone ?? '', wechat: c.wechat ?? '', email: c.email ?? '', note: c.note ?? '' })),
    competitors: [...customer.competitors].sort((a, b) => b.seenAt.localeCompare(a.seenAt)).map((s) => ({ name: s.name, seenAt: s.seenAt, note: s.note ?? '' })),
    evidence: evidenceNodes.map((node) => {
      const e = customer.evidence.find((r) => r.node === node);
      return { label: evidenceLabels[node], weight: evidenceWeights[node], reachedAt: e?.reachedAt ?? '', note: e?.note ?? '', files: (e?.attachmentIds ?? []).flatMap((id) => files.get(id) ?? []).join('、') };
    }),
    maturity: maturityOf(customer.evidence, l.today),
    timeline: timelineRows(customer, followUps, comments, l),
    nextPlan: latest && (latest.nextDate || latest.nextAction) ? { date: latest.nextDate, action: latest.nextAction, owner: l.members.get(latest.nextOwnerId || latest.ownerId) ?? '' } : null,
  };
};
