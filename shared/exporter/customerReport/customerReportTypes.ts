import type { HealthContributions } from '../../domain/healthScore.ts';

/** One line of the timeline as printed: a follow-up, or a 批注 (its author in 对象). */
export type ReportTimelineRow = {
  at: number;
  kind: 'followUp' | 'comment';
  /** 跟进方式, or 批注 / 回复. */
  method: string;
  /** The contact spoken to, or the comment's author. */
  who: string;
  owner: string;
  stage: string;
  status: string;
  text: string;
  amount: number | null;
  nextDate: string;
  nextAction: string;
};

export type ReportEvidenceRow = { label: string; weight: number; reachedAt: string; note: string; files: string };

/**
 * One customer's 客户跟进报告 with every label already in words (Chinese, as the workbook is): plain
 * data, so it crosses into the export worker as it is and the page's print view reads the same thing.
 */
export type CustomerReportInput = {
  customer: {
    id: string;
    name: string;
    shortName: string;
    industry: string;
    source: string;
    region: string;
    address: string;
    owner: string;
    stage: string;
    status: string;
    grade: string;
    /** 主管调整：理由, when a manager overrode the computed grade. */
    gradeNote: string;
    healthScore: number;
    contributions: HealthContributions;
    intent: string;
    winProbability: number;
    expectedAmount: number | null;
    expectedCloseDate: string;
    lastFollowedAt: number;
    needClarity: string;
    needs: string;
    painPoints: string;
  };
  contacts: { name: string; title: string; roles: string; phone: string; wechat: string; email: string; note: string }[];
  competitors: { name: string; seenAt: string; note: string }[];
  evidence: ReportEvidenceRow[];
  maturity: number;
  timeline: ReportTimelineRow[];
  nextPlan: { date: string; action: string; owner: string } | null;
};

/** A workbook of one or more reports (a batch gets a 目录 sheet first). */
export type CustomerReportBook = { company: string; author: string; madeAt: number; utcOffsetMinutes: number; reports: CustomerReportInput[] };
