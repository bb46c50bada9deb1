import type { RxJsonSchema } from 'rxdb';
import type { EvidenceNode } from '../../domain/evidence.ts';
import { evidenceNodes } from '../../domain/evidence.ts';
import { syncMetaProperties, syncMetaRequired, type SyncMeta } from '../../sync/syncMeta.ts';
import {
  amountField,
  customValues,
  dateField,
  idField,
  instantField,
  longText,
  refField,
  shortText,
  stringList,
  type CustomValue,
} from './fieldTypes.ts';

/** A contact's place in the decision chain (决策链). */
export type ContactRole = 'tech' | 'purchase' | 'finance' | 'decision';
export type Contact = {
  id: string;
  name: string;
  title: string;
  phone: string;
  wechat: string;
  email: string;
  roles: ContactRole[];
  note: string;
};
export type CompetitorSighting = { id: string; name: string; seenAt: string; note: string };
export type EvidenceRecord = { node: EvidenceNode; reachedAt: string; note: string; attachmentIds: string[] };
export type Grade = 'A' | 'B' | 'C';
export type GradeOverride = { grade: Grade; reason: string; by: string; at: number };
/** 需求明确度, DOMAIN.md: none / 提供需求 / 提供图纸或参数 / 提供预算. */
export type NeedClarity = 'none' | 'need' | 'drawing' | 'budget';
export type Intent = '' | 'high' | 'medium' | 'low';
/** The computed grade as it stood at a weekly recompute: what grading accuracy is measured against. */
export type GradeSnapshot = { date: string; score: number; grade: Grade };

export type CustomerDoc = SyncMeta & {
  id: string;
  name: string;
  /** Normalized name for duplicate detection and import matching. */
  nameKey: string;
  shortName: string;
  industry: string;
  source: string;
  ownerId: string;
  /** Pipeline stage option id, derived from the latest follow-up. */
  stage: string;
  status: string;
  grade: Grade;
  gradeOverride?: GradeOverride;
  healthScore: number;
  intent: Intent;
  winProbability: number;
  expectedAmount?: number;
  wonAmount?: number;
  needClarity: NeedClarity;
  needs: string;
  painPoints: string;
  region: string;
  address: string;
  /** Normalized phone numbers of the company and its contacts, for duplicate detection. */
  phoneKeys: string[];
  contacts: Contact[];
  competitors: CompetitorSighting[];
  evidence: EvidenceRecord[];
  /** Last follow-up instant (0 = never) and next planned date ('' = none), kept for sorting. */
  lastFollowedAt: number;
  nextDate: string;
  remark: string;
  custom: Record<string, CustomValue>;
  importBatchId: string;
  /** v1: when the deal is expected to close ('YYYY-MM-DD'), for the forecast by month; absent = not scheduled. */
  expectedCloseDate?: string;
  /** v1: weekly grade snapshots, oldest first (kept a year and a quarter). */
  gradeHistory?: GradeSnapshot[];
  /** v1: set on a customer merged into another (then in the recycle bin): where its follow-ups went. */
  mergedInto?: string;
};

const contactSchema = {
  type: 'object',
  properties: {
    id: idField,
    name: { type: 'string', maxLength: 60 },
    title: { type: 'string', maxLength: 60 },
    phone: { type: 'string', maxLength: 40 },
    wechat: { type: 'string', maxLength: 60 },
    email: { type: 'string', maxLength: 120 },
    roles: { type: 'array', items: { type: 'string', enum: ['tech', 'purchase', 'finance', 'decision'] } },
    note: shortText,
  },
  required: ['id', 'name', 'roles'],
} as const;

export const customerSchema: RxJsonSchema<CustomerDoc> = {
  title: 'customer',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    name: shortText,
    nameKey: shortText,
    shortName: { type: 'string', maxLength: 60 },
    industry: refField,
    source: refField,
    ownerId: refField,
    stage: refField,
    status: refField,
    grade: { type: 'string', enum: ['A', 'B', 'C'], maxLength: 1 },
    gradeOverride: {
      type: 'object',
      properties: {
        grade: { type: 'string', enum: ['A', 'B', 'C'] },
        reason: shortText,
        by: refField,
        at: instantField,
      },
      required: ['grade', 'reason', 'by', 'at'],
    },
    healthScore: { type: 'number', minimum: 0, maximum: 100 },
    intent: { type: 'string', enum: ['', 'high', 'medium', 'low'] },
    winProbability: { type: 'number', minimum: 0, maximum: 1 },
    expectedAmount: amountField,
    wonAmount: amountField,
    needClarity: { type: 'string', enum: ['none', 'need', 'drawing', 'budget'] },
    needs: longText,
    painPoints: longText,
    region: { type: 'string', maxLength: 60 },
    address: shortText,
    phoneKeys: stringList,
    contacts: { type: 'array', items: contactSchema },
    competitors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: idField, name: shortText, seenAt: dateField, note: shortText },
        required: ['id', 'name', 'seenAt'],
      },
    },
    evidence: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          node: { type: 'string', enum: evidenceNodes },
          reachedAt: dateField,
          note: longText,
          attachmentIds: { type: 'array', items: idField },
        },
        required: ['node', 'reachedAt'],
      },
    },
    lastFollowedAt: instantField,
    nextDate: dateField,
    remark: longText,
    custom: customValues,
    importBatchId: refField,
    expectedCloseDate: dateField,
    gradeHistory: {
      type: 'array',
      items: {
        type: 'object',
        properties: { date: dateField, score: { type: 'number', minimum: 0, maximum: 100 }, grade: { type: 'string', enum: ['A', 'B', 'C'] } },
        required: ['date', 'score', 'grade'],
      },
    },
    mergedInto: refField,
    ...syncMetaProperties,
  },
  required: [
    'id',
    'name',
    'nameKey',
    'ownerId',
    'stage',
    'grade',
    'healthScore',
    'lastFollowedAt',
    'nextDate',
    'contacts',
    ...syncMetaRequired,
  ],
  indexes: ['nameKey', ['ownerId', 'lastFollowedAt'], ['stage', 'lastFollowedAt'], ['trashed', 'lastFollowedAt']],
};
