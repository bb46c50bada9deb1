import { useTranslation } from 'react-i18next';
import type { ReportField } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import { reportSectionLabel } from '../utils/reportSectionLabel.ts';

/** A report's typed sections, read-only (a submitted report, or someone else's). */
export const ReportSectionsView = ({ fields, values }: { fields: readonly ReportField[]; values: Readonly<Record<string, string>> }) => {
  const { t } = useTranslation();
  return (
    <dl className="daily-report-readout">
      {fields.map((f) => {
        const text = values[f.id]?.trim() ? values[f.id] : '';
        return (
          <div key={f.id} className="daily-report-readout-item">
            <dt>{reportSectionLabel(t, f)}</dt>
            <dd data-section={f.id}>{text || <span className="daily-report-empty">{t('dailyReport.emptySection')}</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
};
