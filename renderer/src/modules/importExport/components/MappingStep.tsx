import { useTranslation } from 'react-i18next';
import { importFields } from '../../../../../shared/importer/importFields.ts';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import type { ImportWizard } from '../hooks/useImportWizard.ts';

/** A guess below this is shown as 请确认 rather than taken silently. */
const SURE = 0.6;

/** Step 3: which row holds the titles, and what each column becomes (guessed from Chinese and English synonyms, editable). */
export const MappingStep = ({ wizard, lookups }: { wizard: ImportWizard; lookups: GridLookups }) => {
  const { t } = useTranslation();
  const { analysis, opened } = wizard;
  const sheet = opened?.sheets[wizard.sheet];
  if (!analysis || !sheet) return null;
  const fields = importFields(wizard.target, lookups.customFields);
  const mapped = new Set(Object.values(wizard.mapping).filter(Boolean));
  const missing = fields.filter((f) => f.required && !mapped.has(f.id));
  return (
    <div className="import-step">
      <label className="import-inline">
        {t('importWizard.mapping.headerRow')}
        <select value={analysis.header.headerRow} disabled={wizard.busy} onChange={(e) => void wizard.analyze(wizard.sheet, Number(e.target.value))}>
          {sheet.preview.map((row, i) => (
            <option key={i} value={i}>
              {t('importWizard.mapping.rowOption', { row: sheet.previewRows[i] ?? i + 1, text: row.filter(Boolean).slice(0, 4).join(' | ') })}
            </option>
          ))}
        </select>
      </label>
      <table className="import-mapping">
        <thead>
          <tr>
            <th>{t('importWizard.mapping.column')}</th>
            <th>{t('importWizard.mapping.samples')}</th>
            <th>{t('importWizard.mapping.field')}</th>
          </tr>
        </thead>
        <tbody>
          {analysis.header.headers.map((header, i) => {
            const unsure = Boolean(wizard.mapping[i]) && (analysis.confidence[i] ?? 0) < SURE;
            return (
              <tr key={i}>
                <td>{header || t('importWizard.mapping.untitled', { n: i + 1 })}</td>
                <td className="import-muted">{analysis.sample.map((r) => r[i] ?? '').filter(Boolean).slice(0, 3).join(' / ')}</td>
                <td>
                  <select aria-label={t('importWizard.mapping.fieldFor', { header: header || i + 1 })} value={wizard.mapping[i] ?? ''} onChange={(e) => wizard.setColumn(i, e.target.value)}>
                    <option value="">{t('importWizard.mapping.skip')}</option>
                    {fields.map((f) => (
                      <option key={f.id} value={f.id}>{f.label}{f.required ? t('importWizard.mapping.required') : ''}</option>
                    ))}
                  </select>
                  {unsure ? <span className="import-tag import-tag-warn">{t('importWizard.mapping.unsure')}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {missing.length ? <p className="import-error" role="alert">{t('importWizard.mapping.missing', { fields: missing.map((f) => f.label).join(t('grid.filters.separator')) })}</p> : null}
      <fieldset className="import-options">
        <legend>{t('importWizard.mapping.existing')}</legend>
        <label className="import-inline">
          {t('importWizard.mapping.match')}
          <select value={wizard.match} onChange={(e) => wizard.setMatch(e.target.value as typeof wizard.match)}>
            {(['nameOrPhone', 'name', 'phone'] as const).map((m) => (
              <option key={m} value={m}>{t(`importWizard.mapping.matchBy.${m}`)}</option>
            ))}
          </select>
        </label>
        <label className="import-inline">
          {t('importWizard.mapping.onExisting')}
          <select value={wizard.onExisting} onChange={(e) => wizard.setOnExisting(e.target.value as typeof wizard.onExisting)}>
            {(['update', 'skip', 'create'] as const).map((m) => (
              <option key={m} value={m}>{t(`importWizard.mapping.existingMode.${m}`)}</option>
            ))}
          </select>
        </label>
      </fieldset>
      <div className="import-actions">
        <button className="button" onClick={() => wizard.back('sheet')}>{t('importWizard.back')}</button>
        <button className="button primary" disabled={wizard.busy || missing.length > 0} onClick={() => void wizard.plan()}>
          {wizard.busy ? t('importWizard.mapping.planning') : t('importWizard.mapping.next')}
        </button>
      </div>
    </div>
  );
};
