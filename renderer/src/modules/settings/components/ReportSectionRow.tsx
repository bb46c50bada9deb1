import { useTranslation } from 'react-i18next';
import type { ReportField } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import { reportTemplateLimits } from '../../../../../shared/reports/checkReportTemplateDraft.ts';
import { reportSectionLabel } from '../../reports/utils/reportSectionLabel.ts';
import { MoveButtons } from './MoveButtons.tsx';

type Props = {
  field: ReportField;
  /** The name the row is known by while its label is being typed: the built-in name, or the saved label. */
  name: string;
  first: boolean;
  last: boolean;
  canEdit: boolean;
  invalid: boolean;
  onEnable: (on: boolean) => void;
  onRename: (label: string) => void;
  onRequire: (on: boolean) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
};

/** One section of the report: on/off, its name (editable), its kind, 必填, order, and 移除 for a custom field. */
export const ReportSectionRow = ({ field, name, first, last, canEdit, invalid, onEnable, onRename, onRequire, onMove, onRemove }: Props) => {
  const { t } = useTranslation();
  const shown = reportSectionLabel(t, field) || name;
  return (
    <li className={`report-template-section${field.enabled ? '' : ' off'}`} data-testid="template-section">
      <input type="checkbox" role="switch" className="settings-fields-switch" checked={field.enabled} disabled={!canEdit} aria-label={t('reportTemplate.enableSection', { label: shown })} onChange={(e) => onEnable(e.target.checked)} />
      <input
        className="report-template-name"
        value={field.label}
        maxLength={reportTemplateLimits.label * 2}
        disabled={!canEdit}
        aria-invalid={invalid || undefined}
        aria-label={t('reportTemplate.sectionName', { label: name })}
        onChange={(e) => onRename(e.target.value)}
      />
      <span className="report-template-kind">
        {field.builtin ? <span className="report-template-tag">{t('reportTemplate.builtinTag')}</span> : <span className="report-template-tag custom">{t(`reportTemplate.kinds.${field.kind}`)}</span>}
        {field.options.map((o) => (
          <span key={o} className="settings-fields-chip">
            {o}
          </span>
        ))}
      </span>
      <label className="report-template-required">
        <input type="checkbox" checked={field.required} disabled={!canEdit} aria-label={t('reportTemplate.requiredNamed', { label: shown })} onChange={(e) => onRequire(e.target.checked)} />
        {t('reportTemplate.required')}
      </label>
      {canEdit && (
        <span className="report-template-row-actions">
          <MoveButtons label={shown} first={first} last={last} onMove={onMove} />
          {!field.builtin && (
            <button type="button" className="report-template-remove" aria-label={t('reportTemplate.removeNamed', { label: shown })} onClick={onRemove}>
              {t('reportTemplate.remove')}
            </button>
          )}
        </span>
      )}
    </li>
  );
};
