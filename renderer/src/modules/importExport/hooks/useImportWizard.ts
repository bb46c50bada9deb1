import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { exportMime } from '../../../../../shared/exporter/exportMime.ts';
import { defaultImportLimits } from '../../../../../shared/importer/importLimits.ts';
import type { ColumnMapping, ExistingData, ExistingMatch, ImportTarget, OnExisting } from '../../../../../shared/importer/importTypes.ts';
import type { ValidationRule } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { downloadBytes } from '../utils/downloadBytes.ts';
import { loadExisting } from '../utils/loadExisting.ts';
import type { AnalyzeResult, OpenResult, PlanResult, WorkProgress } from '../worker/importWorkerProtocol.ts';
import { useCommitImport } from './useCommitImport.ts';
import { useImportBatches } from './useImportBatches.ts';
import { useImportWorker } from './useImportWorker.ts';

export type WizardStep = 'file' | 'sheet' | 'mapping' | 'preview' | 'done';
type FileInfo = { name: string; size: number };

/**
 * The import wizard's state and steps: file → sheet → header and columns → preview with verdicts →
 * commit. Reading and planning run in the import worker; committing writes one batch, with progress
 * and cancel. Every failure lands in `error` in words, and the user stays on the step to fix it.
 */
export const useImportWizard = (lookups: GridLookups, rules: readonly ValidationRule[]) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const { memberId } = useProfile();
  const worker = useImportWorker({ cancelled: t('importWizard.errors.cancelled'), timeout: t('importWizard.errors.timeout') });
  const committer = useCommitImport();
  const batches = useImportBatches();
  const [step, setStep] = useState<WizardStep>('file');
  const [target, setTarget] = useState<ImportTarget>('followUps');
  const [file, setFile] = useState<FileInfo | null>(null);
  const [opened, setOpened] = useState<OpenResult | null>(null);
  const [sheet, setSheet] = useState(0);
  const [analysis, setAnalysis] = useState<AnalyzeResult | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [match, setMatch] = useState<ExistingMatch>('nameOrPhone');
  const [onExisting, setOnExisting] = useState<OnExisting>('update');
  const [planned, setPlanned] = useState<(PlanResult & { existing: ExistingData }) | null>(null);
  const [batchId, setBatchId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [working, setWorking] = useState<WorkProgress | null>(null);
  const [error, setError] = useState('');
  const customFields = [...lookups.customFields];
  /** The file picked and the worker generation that opened it: a cancelled step stops the worker, and the next step opens the file again. */
  const source = useRef<{ file: File; generation: number } | null>(null);

  const open = async (picked: File) => {
    const bytes = await picked.arrayBuffer();
    const result = await worker.call({ type: 'open', fileName: picked.name, bytes, target, customFields }, [bytes], setWorking);
    source.current = { file: picked, generation: worker.generation() };
    return result;
  };
  const reopenIfStopped = async () => {
    if (source.current && source.current.generation !== worker.generation()) await open(source.current.file);
  };
  const XLSX_MIME = exportMime('viewXlsx');

  /** Runs a step; its failure is shown in words and the wizard stays where it is. */
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await work();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      setWorking(null);
    }
  };

  const analyze = (index: number, headerRow?: number) =>
    run(async () => {
      // A layout seen before gets the mapping the user settled on then.
      await reopenIfStopped();
      const result = await worker.call({ type: 'analyze', sheet: index, target, customFields, ...(headerRow === undefined ? {} : { headerRow }) });
      const remembered = batches?.find((b) => b.layoutKey === result.layoutKey && b.kind === target && b.status === 'committed')?.mapping;
      const again = remembered ? await worker.call({ type: 'analyze', sheet: index, target, customFields, headerRow: result.header.headerRow, remembered: Object.fromEntries(Object.entries(remembered).map(([k, v]) => [Number(k), v])) }) : result;
      setSheet(index);
      setAnalysis(again);
      setMapping(again.mapping);
      setStep('mapping');
    });

  const chooseFile = (picked: File) =>
    run(async () => {
      if (picked.size > defaultImportLimits.maxFileBytes) throw new Error(t('importWizard.errors.tooBig', { mb: Math.round(defaultImportLimits.maxFileBytes / 1048576) }));
      const result = await open(picked);
      setFile({ name: picked.name, size: picked.size });
      setOpened(result);
      setSheet(Math.max(0, result.suggested));
      setStep('sheet');
    });

  const plan = () =>
    run(async () => {
      if (!analysis) return;
      await reopenIfStopped();
      const existing = await loadExisting(db, target);
      const context = { lookups, today: toCalendarDate(Date.now(), lookups.utcOffsetMinutes), utcOffsetMinutes: lookups.utcOffsetMinutes, memberId, rules: [...rules] };
      const result = await worker.call({ type: 'plan', sheet, header: analysis.header, mapping, target, context, existing, match, onExisting }, [], setWorking);
      setPlanned({ ...result, existing });
      setStep('preview');
    });

  const commit = () =>
    run(async () => {
      if (!planned || !analysis || !file || !opened) return;
      const source = { fileName: file.name, fileSize: file.size, sheetName: opened.sheets[sheet]?.name ?? '', layoutKey: analysis.layoutKey, mapping: Object.fromEntries(Object.entries(mapping).map(([k, v]) => [String(k), v])) };
      setBatchId(await committer.commit(planned.plan, planned.existing, source));
      setStep('done');
    });

  /** The rows that were not imported, as they were in the file, with a reason column: fix them there and import that file. */
  const downloadRejected = () =>
    run(async () => {
      if (!planned || !analysis || !file) return;
      await reopenIfStopped();
      const rows = planned.plan.rows.filter((r) => r.verdict === 'rejected').map((r) => ({ rowNumber: r.rowNumber, reasons: r.reasons }));
      const bytes = await worker.call({ type: 'rejected', sheet, header: analysis.header, rows, fileName: file.name, exportedAt: Date.now() });
      downloadBytes(bytes, t('importWizard.rejected.fileName', { name: file.name.replace(/\.[^.]+$/, '') }), XLSX_MIME);
    });

  const restart = () => {
    worker.cancel();
    source.current = null;
    setStep('file');
    setFile(null);
    setOpened(null);
    setAnalysis(null);
    setPlanned(null);
    setBatchId(null);
    setError('');
  };

  return {
    step, target, setTarget, file, opened, sheet, analysis, mapping, match, setMatch, onExisting, setOnExisting, planned, batchId, busy, error,
    progress: committer.progress,
    /** Reading the file or checking its rows, while the worker reports how far it is. */
    working,
    selectSheet: setSheet,
    setColumn: (column: number, field: string) => setMapping((m) => ({ ...m, [column]: field })),
    chooseFile, analyze, plan, commit, restart, downloadRejected,
    back: (to: WizardStep) => setStep(to),
    cancel: () => (committer.progress ? committer.cancel() : (worker.cancel(), setBusy(false), setWorking(null))),
  };
};

export type ImportWizard = ReturnType<typeof useImportWizard>;
