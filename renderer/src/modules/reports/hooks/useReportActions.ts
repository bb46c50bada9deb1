import { useCallback } from 'react';
import { dailyReportId } from '../../../../../shared/db/schemas/dailyReportSchema.ts';
import { insertStamped, patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import type { DailyReportFields } from '../../../../../shared/reports/dailyReportFields.ts';
import { editSubmittedReport } from '../../../../../shared/reports/editSubmittedReport.ts';
import type { ReportField } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import type { ReportIssue } from '../../../../../shared/reports/reportIssue.ts';
import { submitDailyReport, type SubmitReportInput } from '../../../../../shared/reports/submitDailyReport.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { dropDraftBackup } from '../utils/draftBackup.ts';

/** What an action did: written, refused with reasons, or nothing to write. */
export type ReportActionResult = { kind: 'done' } | { kind: 'refused'; issues: ReportIssue[] } | { kind: 'unchanged' };

type SubmitArgs = Omit<SubmitReportInput, 'actorId' | 'now' | 'existing'>;
type EditArgs = { memberId: string; date: string; fields: readonly ReportField[]; values: Record<string, string> };

const json = (doc: { toMutableJSON: () => DailyReportFields } | null): DailyReportFields | null => (doc ? doc.toMutableJSON() : null);

/**
 * 提交日报 and 保存修改, each checked by the shared rules against the report as stored right now (not as
 * last rendered): a report submitted meanwhile on the rep's other desktop is edited, never submitted twice.
 */
export const useReportActions = () => {
  const db = useDatabase();
  const writer = useWriter();

  const submit = useCallback(
    async (args: SubmitArgs): Promise<ReportActionResult> => {
      const doc = await db.dailyreports.findOne(dailyReportId(args.memberId, args.date)).exec();
      const result = submitDailyReport({ ...args, actorId: writer.memberId, now: writer.now(), existing: json(doc) });
      if (!result.ok) return { kind: 'refused', issues: result.issues };
      const { status, submittedAt, lateMinutes, metrics, sections, templateVersion } = result.report;
      if (doc) await patchStamped(doc, { status, submittedAt, lateMinutes, metrics, sections, templateVersion }, writer);
      else await insertStamped(db.dailyreports, result.report, writer);
      dropDraftBackup(result.report.id);
      return { kind: 'done' };
    },
    [db, writer],
  );

  const saveEdit = useCallback(
    async ({ memberId, date, fields, values }: EditArgs): Promise<ReportActionResult> => {
      const doc = await db.dailyreports.findOne(dailyReportId(memberId, date)).exec();
      const existing = json(doc);
      if (!doc || !existing) return { kind: 'refused', issues: [{ code: 'notSubmitted' }] };
      const result = editSubmittedReport({ actorId: writer.memberId, now: writer.now(), existing, fields, values });
      if (!result.ok) return { kind: 'refused', issues: result.issues };
      if (!result.patch) return { kind: 'unchanged' };
      await patchStamped(doc, result.patch, writer);
      return { kind: 'done' };
    },
    [db, writer],
  );

  return { submit, saveEdit };
};
