import { useEffect } from 'react';
import type { ReportRef } from '../utils/reportRef.ts';
import { patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import type { Role } from '../../../../../shared/domain/roles.ts';
import { needsReadReceipt } from '../../../../../shared/reports/readReceipts.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';

/** A manager or admin opening someone's submitted report leaves a read receipt on it, once (the rep sees 「主管已读」). */
export const useReadReceipt = (report: ReportRef, viewerRole: Role | undefined): void => {
  const db = useDatabase();
  const writer = useWriter();
  const due = viewerRole !== undefined && needsReadReceipt(report, { id: writer.memberId, role: viewerRole });
  useEffect(() => {
    if (!due) return;
    void (async () => {
      const doc = await db.dailyreports.findOne(report.id).exec();
      const latest = doc?.getLatest();
      if (!doc || !latest || latest.readBy.some((r) => r.memberId === writer.memberId)) return;
      await patchStamped(doc, { readBy: [...latest.readBy, { memberId: writer.memberId, at: writer.now() }] }, writer);
    })();
  }, [db, writer, report.id, due]);
};
