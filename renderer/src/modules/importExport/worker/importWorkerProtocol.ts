import type { CustomFieldDef } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import type {
  ColumnMapping,
  ExistingData,
  ExistingMatch,
  HeaderGuess,
  ImportPlan,
  ImportTarget,
  NormalizeContext,
  NormalizedRow,
  OnExisting,
} from '../../../../../shared/importer/importTypes.ts';

/** A sheet as the wizard lists it: enough to choose one and to show its top rows. */
export type SheetSummary = { index: number; name: string; hidden: boolean; rowCount: number; columnCount: number; preview: string[][]; previewRows: number[] };

/** The wizard's requests to the import worker; the workbook stays inside the worker between them. */
export type ImportRequest =
  | { type: 'open'; fileName: string; bytes: ArrayBuffer; target: ImportTarget; customFields: CustomFieldDef[] }
  | { type: 'analyze'; sheet: number; target: ImportTarget; customFields: CustomFieldDef[]; headerRow?: number; remembered?: ColumnMapping }
  | {
      type: 'plan';
      sheet: number;
      header: HeaderGuess;
      mapping: ColumnMapping;
      target: ImportTarget;
      context: NormalizeContext;
      existing: ExistingData;
      match: ExistingMatch;
      onExisting: OnExisting;
    }
  | { type: 'rejected'; sheet: number; header: HeaderGuess; rows: { rowNumber: number; reasons: string[] }[]; fileName: string; exportedAt: number };

export type OpenResult = { sheets: SheetSummary[]; suggested: number; warnings: string[] };
export type AnalyzeResult = { header: HeaderGuess; mapping: ColumnMapping; confidence: Record<number, number>; layoutKey: string; sample: string[][]; headerRowNumber: number };
export type PlanResult = { plan: ImportPlan; rows: NormalizedRow[] };

export type ImportResult = { open: OpenResult; analyze: AnalyzeResult; plan: PlanResult; rejected: Uint8Array };

/** How far a long step is: reading the file (bytes) or checking its rows. */
export type WorkProgress = { stage: 'read' | 'check'; done: number; total: number };

export type ImportResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string } | { id: number; progress: WorkProgress };
