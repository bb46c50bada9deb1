import type { TFunction } from 'i18next';
import type { AuditSheetLine } from '../../../../../shared/exporter/audit/buildAuditWorkbook.ts';
import type { AuditRow } from '../../../../../shared/sync/auditApiSchemas.ts';
import { historyFieldText, type HistoryFormat } from '../../history/utils/historyFieldText.ts';
import { recordTitleOf } from '../../history/utils/recordTitleOf.ts';

/** An audit row in words, one line per changed field (a revision that changed only sync data still has one line). */
export const auditLines = (row: AuditRow, fmt: HistoryFormat, device: string): AuditSheetLine[] => {
  const t: TFunction = fmt.t;
  const base = {
    at: row.at,
    member: fmt.lookups.members.get(row.memberId)?.name ?? row.memberId,
    device,
    type: t(`recycleBin.types.${row.collection}`),
    record: recordTitleOf(row.collection, row.doc, fmt),
    action: t(`history.kind.${row.kind}`),
  };
  if (row.changes.length === 0) return [{ ...base, field: row.kind === 'changed' ? t('audit.metaOnly') : '', from: '', to: '' }];
  return row.changes.map((change) => ({ ...base, ...historyFieldText(row.collection, { field: change.field, from: change.from, to: change.to }, row.doc, fmt) }));
};
