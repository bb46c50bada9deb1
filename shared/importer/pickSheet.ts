import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { detectHeader } from './detectHeader.ts';
import type { ImportTarget, ImportWorkbook } from './importTypes.ts';
import { mapColumns } from './mapColumns.ts';

/**
 * The sheet to offer first: among visible sheets with data (hidden ones only when no visible one
 * has any), the one whose columns map to the most fields, then the one with more rows, then the first.
 * -1 when no sheet has data.
 */
export const pickSheet = (workbook: ImportWorkbook, target: ImportTarget, customFields: readonly CustomFieldDef[] = []): number => {
  const withData = workbook.sheets.map((s, i) => ({ s, i })).filter(({ s }) => s.rows.length > 0);
  const visible = withData.filter(({ s }) => !s.hidden);
  const pool = visible.length > 0 ? visible : withData;
  let best = -1;
  let bestScore = -1;
  for (const { s, i } of pool) {
    const { mapping } = mapColumns(detectHeader(s, customFields).headers, target, undefined, customFields);
    const mapped = Object.values(mapping).filter((f) => f !== '').length;
    const score = mapped * 1e7 + Math.min(s.rows.length, 1e7 - 1);
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return best;
};
