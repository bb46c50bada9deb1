import { useTranslation } from 'react-i18next';
import type { ReportField } from '../../../../../shared/reports/normalizeReportTemplate.ts';

type Props = { removed: readonly ReportField[]; canEdit: boolean; onRestore: (field: ReportField) => void };

/** Custom sections taken out of the template: gone from new reports, kept in the ones written; admins can bring them back. */
export const RemovedReportFieldList = ({ removed, canEdit, onRestore }: Props) => {
  const { t } = useTranslation();
  if (!removed.length) return null;
  return (
    <div className="settings-fields-archived">
      <h3>{t('reportTemplate.removedList', { count: removed.length })}</h3>
      <ul>
        {removed.map((f) => (
          <li key={f.id} data-testid="removed-report-field">
            <span>{f.label}</span>
            <span className="muted">{t(`reportTemplate.kinds.${f.kind}`)}</span>
            {canEdit && (
              <button type="button" className="settings-fields-link" aria-label={t('reportTemplate.restoreNamed', { label: f.label })} onClick={() => onRestore(f)}>
                {t('reportTemplate.restore')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
};
