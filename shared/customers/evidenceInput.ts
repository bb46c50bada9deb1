import type { EvidenceRecord } from '../db/schemas/customerSchema.ts';
import { evidenceNodes, type EvidenceNode } from '../domain/evidence.ts';

export type EvidenceInput = { reachedAt: string; note: string; attachmentIds: string[] };

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const NOTE_MAX = 2000;

/** Why an evidence node cannot be saved as typed (Chinese, says what to do), or null. */
export const evidenceInputProblem = (input: EvidenceInput, today: string): string | null => {
  if (!DATE.test(input.reachedAt)) return '请选择取得这项证据的日期。';
  if (input.reachedAt > today) return '证据日期不能晚于今天：还没发生的事请写在下一步计划里。';
  if (input.note.trim() === '' && input.attachmentIds.length === 0) return '请写一句说明或附上文件（合同、截图）作为证据。';
  if (input.note.length > NOTE_MAX) return `说明最多 ${NOTE_MAX} 字，请精简。`;
  return null;
};

/**
 * The customer's evidence list with one node set (or removed, with null), in DOMAIN.md's node order
 * (需求确认书签署 … 交付计划锁定), so every desktop writes the same list for the same facts.
 */
export const withEvidence = (evidence: readonly EvidenceRecord[], node: EvidenceNode, input: EvidenceInput | null): EvidenceRecord[] => {
  const others = evidence.filter((e) => e.node !== node);
  const next = input ? [...others, { node, reachedAt: input.reachedAt, note: input.note.trim(), attachmentIds: [...input.attachmentIds] }] : others;
  return next.sort((a, b) => evidenceNodes.indexOf(a.node) - evidenceNodes.indexOf(b.node));
};
