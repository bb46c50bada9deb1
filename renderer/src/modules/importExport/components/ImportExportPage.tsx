import { useTranslation } from 'react-i18next';
import { canWrite } from '../../../../../shared/sync/canWrite.ts';
import { useLiveCount } from '../../../db/useLiveCount.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useGridLookups } from '../../followups/hooks/useGridLookups.ts';
import { ImportHistory } from './ImportHistory.tsx';
import { ImportWizardPanel } from './ImportWizardPanel.tsx';
import { TemplateDownloads } from './TemplateDownloads.tsx';

/** 导入导出: the import wizard (admins and managers), the empty templates, and every past import with 撤销. */
export const ImportExportPage = () => {
  const { t } = useTranslation();
  const batches = useLiveCount('importbatches') ?? 0;
  const lookups = useGridLookups();
  const settings = useTeamSettings();
  const { memberId } = useProfile();
  const me = useMembers()?.find((m) => m.id === memberId);
  // The hub refuses import batches from reps; say so here rather than after a refused sync.
  const mayImport = me ? canWrite('importbatches', { memberId: me.id, role: me.role }, undefined, {}) : false;
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('pages.importExport.title')}</h1>
        <p className="page-summary" data-testid="page-summary">{t('pages.importExport.summary', { batches })}</p>
      </header>
      {lookups && mayImport ? <ImportWizardPanel lookups={lookups} rules={settings?.validationRules.filter((r) => r.enabled) ?? []} /> : null}
      {me && !mayImport ? <p className="card import-muted">{t('importWizard.repsCannot')}</p> : null}
      {lookups ? <TemplateDownloads lookups={lookups} /> : null}
      {lookups ? <ImportHistory utcOffsetMinutes={lookups.utcOffsetMinutes} /> : null}
      <p className="import-muted">{t('importWizard.exportHint')}</p>
    </section>
  );
};
