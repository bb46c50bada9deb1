import type { CommentDoc } from '../db/schemas/commentSchema.ts';
import type { DailyReportDoc } from '../db/schemas/dailyReportSchema.ts';
import { stampNew } from '../sync/stampWrite.ts';
import type { DemoContext } from './demoContext.ts';
import type { DemoReportLookup } from './buildDemoReports.ts';
import { demoStamp } from './demoStamp.ts';
import { demoVocabulary } from './demoVocabulary.ts';
import { fillTemplate } from './fillTemplate.ts';

const MINUTE = 60_000;

const commentOn = (ctx: DemoContext, lookup: DemoReportLookup, report: DailyReportDoc, id: string, at: number): CommentDoc => {
  const { rng, team } = ctx;
  const rep = team.reps.find((r) => r.id === report.memberId);
  const worked = lookup.activity.get(report.id)?.customerIds ?? [];
  const customer = worked.length > 0 ? (lookup.shortNames.get(rng.pick(worked)) ?? '这个客户') : '这个客户';
  const quiet = (report.metrics.followUps ?? 0) === 0 && rng.chance(0.6);
  const mention = rep !== undefined && (quiet || rng.chance(0.4));
  const mentionTemplate = quiet ? demoVocabulary.commentLowActivity : rng.pick(demoVocabulary.commentsWithMention);
  const template = mention ? mentionTemplate : rng.pick(demoVocabulary.comments);
  const fields = {
    id,
    targetType: 'dailyReport' as const,
    targetId: report.id,
    authorId: team.manager.id,
    body: fillTemplate(template, { name: rep?.name ?? '', customer }),
    mentions: mention && rep ? [rep.id] : [],
    parentId: '',
    readBy: [],
  };
  return stampNew(fields, demoStamp(at, team.manager.id));
};

/** 批注: the manager comments on ~10% of reports, after reading them and never after `now`. */
export const buildDemoComments = (ctx: DemoContext, lookup: DemoReportLookup, reports: readonly DailyReportDoc[]): CommentDoc[] => {
  const comments: CommentDoc[] = [];
  const width = Math.max(4, String(reports.length).length);
  for (const report of reports) {
    if (!ctx.rng.chance(0.1)) continue;
    const after = report.readBy[0]?.at ?? report.submittedAt;
    const at = Math.min(ctx.calendar.now, after + ctx.rng.int(1, 180) * MINUTE);
    if (at <= report.submittedAt) continue;
    comments.push(commentOn(ctx, lookup, report, `cm${String(comments.length + 1).padStart(width, '0')}`, at));
  }
  return comments;
};
