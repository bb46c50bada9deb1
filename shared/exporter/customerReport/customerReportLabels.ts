import type { ContactRole, Intent, NeedClarity } from '../../db/schemas/customerSchema.ts';
import type { EvidenceNode } from '../../domain/evidence.ts';

/** The report's words for stored codes (DOMAIN.md), in Chinese as every printed report is. */
export const roleLabels: Readonly<Record<ContactRole, string>> = { tech: '技术', purchase: '采购', finance: '财务', decision: '决策人' };
export const intentLabels: Readonly<Record<Intent, string>> = { '': '未评估', high: '高', medium: '中', low: '低' };
export const clarityLabels: Readonly<Record<NeedClarity, string>> = { none: '未明确', need: '提供需求', drawing: '提供图纸或参数', budget: '提供预算' };
export const evidenceLabels: Readonly<Record<EvidenceNode, string>> = {
  needsConfirmed: '需求确认书签署',
  techAgreement: '技术协议签署',
  commercialTerms: '商务条款确认',
  downPayment: '首付款到账',
  deliveryPlan: '交付计划锁定',
};
