import { useTranslation } from 'react-i18next';
import type { PanelNote } from '../utils/panelNote.ts';
import { PanelNoteLine } from './PanelNoteLine.tsx';

type Props = {
  errors: readonly string[];
  oldReports: number | undefined;
  dirty: boolean;
  busy: boolean;
  note: PanelNote | null;
  onSave: () => void;
  onDiscard: () => void;
};

/** Under the editor: what stops the save, what the save leaves alone (past reports), 放弃修改 and 保存. */
export const ReportTemplateFooter = ({ errors, oldReports, dirty, busy, note, onSave, onDiscard }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="report-template-footer">
      {errors.length > 0 && (
        <ul className="settings-fields-errors report-template-errors" role="alert">
          {errors.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      <div className="report-template-save-row">
        <span className="report-template-old" data-testid="report-template-old">
          {oldReports === undefined ? '' : oldReports > 0 ? t('reportTemplate.oldReports', { count: oldReports }) : t('reportTemplate.oldReportsNone')}
        </span>
        {dirty && <span className="report-template-dirty">{t('reportTemplate.unsaved')}</span>}
        {dirty && (
          <button type="button" className="button" onClick={onDiscard}>
            {t('reportTemplate.discard')}
          </button>
        )}
        <button type="button" className="button primary" disabled={busy} onClick={onSave}>
          {busy ? t('reportTemplate.saving') : t('reportTemplate.save')}
        </button>
      </div>
      <PanelNoteLine note={note} />
    </div>
  );
};
