import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportField } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import type { ReportIssue } from '../../../../../shared/reports/reportIssue.ts';
import type { ReportActionResult } from '../hooks/useReportActions.ts';
import { useReportDraft } from '../hooks/useReportDraft.ts';
import { describeReportIssue } from '../utils/describeReportIssue.ts';
import { DraftSaveState } from './DraftSaveState.tsx';
import { ReportSectionField } from './ReportSectionField.tsx';

type Props = {
  /** 'draft': autosaved as typed, then 提交日报; 'edit': a submitted report, 保存修改 records the edit. */
  mode: 'draft' | 'edit';
  fields: readonly ReportField[];
  memberId: string;
  date: string;
  templateVersion: number;
  initial: Record<string, string>;
  utcOffsetMinutes: number;
  onSubmit: (values: Record<string, string>) => Promise<ReportActionResult>;
  onCancel?: () => void;
  /** False while what the submit needs (the day's numbers) is still loading. */
  ready?: boolean;
};

/** The typed sections of the rep's own report, with its submit (or save-edit) button and the reasons a submit is refused. */
export const ReportSectionsForm = ({ mode, fields, memberId, date, templateVersion, initial, utcOffsetMinutes, onSubmit, onCancel, ready = true }: Props) => {
  const { t } = useTranslation();
  const draft = useReportDraft({ memberId, date, templateVersion, initial, autosave: mode === 'draft' });
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<ReportIssue[]>([]);
  const [note, setNote] = useState<string | null>(null);

  const send = async () => {
    setBusy(true);
    setNote(null);
    try {
      if (mode === 'draft') await draft.flush();
      const result = await onSubmit(draft.values);
      setIssues(result.kind === 'refused' ? result.issues : []);
      if (result.kind === 'unchanged') setNote(t('dailyReport.noChange'));
    } catch (e) {
      setNote(t('dailyReport.submitFailed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  const invalid = new Set(issues.flatMap((i) => ('sectionId' in i ? [i.sectionId] : [])));

  return (
    <form className="daily-report-form" onSubmit={(e) => (e.preventDefault(), void send())} noValidate>
      {fields.map((f) => (
        <ReportSectionField key={f.id} field={f} value={draft.values[f.id] ?? ''} invalid={invalid.has(f.id)} onChange={(text) => draft.setValue(f.id, text)} onBlur={() => void draft.flush()} />
      ))}
      {issues.length > 0 && (
        <ul className="daily-report-issues" role="alert">
          {issues.map((issue, i) => (
            <li key={i}>{describeReportIssue(t, issue, fields)}</li>
          ))}
        </ul>
      )}
      <div className="daily-report-actions">
        {mode === 'draft' ? <DraftSaveState save={draft.save} utcOffsetMinutes={utcOffsetMinutes} /> : <span className="daily-report-save">{t('dailyReport.editHint')}</span>}
        {note && <span className="daily-report-note" role="status">{note}</span>}
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('dailyReport.cancelEdit')}
          </button>
        )}
        <button type="submit" className="button primary" disabled={busy || !ready}>
          {busy ? t('dailyReport.submitting') : mode === 'draft' ? t('dailyReport.submit') : t('dailyReport.saveEdit')}
        </button>
      </div>
    </form>
  );
};
