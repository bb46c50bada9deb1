import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { dailyReportId } from '../../../../../shared/db/schemas/dailyReportSchema.ts';
import { insertStamped, patchStamped, type Writer } from '../../../../../shared/db/stampedWrites.ts';
import { newDraftReport } from '../../../../../shared/reports/newDraftReport.ts';

export type DraftToSave = { memberId: string; date: string; templateVersion: number; sections: Record<string, string> };

const isConflict = (e: unknown): boolean => (e as { code?: string }).code === 'CONFLICT';

/**
 * Saves what a rep typed as the report's draft: creates it on the first save, then patches `sections`
 * (only that field's clock moves, so it merges with the rep's other desktop). A report already submitted,
 * here or elsewhere, is never turned back into a draft: the save is skipped.
 */
export const writeDraft = async (db: SalesDeskDatabase, writer: Writer, draft: DraftToSave): Promise<void> => {
  const id = dailyReportId(draft.memberId, draft.date);
  let doc = await db.dailyreports.findOne(id).exec();
  if (!doc) {
    try {
      await insertStamped(db.dailyreports, newDraftReport(draft.memberId, draft.date, draft.templateVersion, draft.sections), writer);
      return;
    } catch (e) {
      // Created meanwhile (the rep's other window): patch it instead.
      if (!isConflict(e)) throw e;
      doc = await db.dailyreports.findOne(id).exec();
      if (!doc) throw e;
    }
  }
  if (doc.status !== 'draft') return;
  await patchStamped(doc, { sections: { ...doc.sections, ...draft.sections } }, writer);
};
