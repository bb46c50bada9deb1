import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { downloadBytes } from '../utils/downloadBytes.ts';

/** 导入模板: empty workbooks with the team's columns and dropdowns, so new sheets import cleanly. */
export const TemplateDownloads = ({ lookups }: { lookups: GridLookups }) => {
  const { t } = useTranslation();
  const [error, setError] = useState('');
  const download = async (kind: 'followUps' | 'customers') => {
    setError('');
    try {
      const [{ buildImportTemplate }, { exportFileName }, { exportMime }] = await Promise.all([
        import('../../../../../shared/exporter/buildImportTemplate.ts'),
        import('../../../../../shared/exporter/exportFileName.ts'),
        import('../../../../../shared/exporter/exportMime.ts'),
      ]);
      const now = Date.now();
      const file = kind === 'followUps' ? 'followUpsTemplate' : 'customersTemplate';
      downloadBytes(await buildImportTemplate(kind, lookups, now), exportFileName(file, toCalendarDate(now, lookups.utcOffsetMinutes)), exportMime(file));
    } catch (err) {
      setError(t('importWizard.export.failed', { reason: err instanceof Error ? err.message : String(err) }));
    }
  };
  return (
    <section className="card">
      <h2>{t('importWizard.templates.title')}</h2>
      <p className="import-muted">{t('importWizard.templates.hint')}</p>
      <div className="import-actions">
        <button className="button" onClick={() => void download('followUps')}>{t('importWizard.templates.followUps')}</button>
        <button className="button" onClick={() => void download('customers')}>{t('importWizard.templates.customers')}</button>
      </div>
      {error ? <p className="import-error" role="alert">{error}</p> : null}
    </section>
  );
};
