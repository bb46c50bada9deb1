import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useDeviceNames } from '../../history/hooks/useDeviceNames.ts';
import { useHistoryFormat } from '../../history/hooks/useHistoryFormat.ts';
import { historyDeviceLabel } from '../../history/utils/historyDeviceLabel.ts';
import { TrustPageHeader } from '../../recycleBin/components/TrustPageHeader.tsx';
import { useAuditExport } from '../hooks/useAuditExport.ts';
import { useAuditPage } from '../hooks/useAuditPage.ts';
import type { AuditFilters } from '../utils/auditQueryString.ts';
import { AuditFiltersBar } from './AuditFiltersBar.tsx';
import { AuditTable } from './AuditTable.tsx';
import '../../history/history.css';

const NO_FILTERS: AuditFilters = { member: '', type: '', from: '', to: '' };

/** 审计 (admins): the hub's revisions filtered by member, dates and type, newest first, 50 a page, exportable. */
export const AuditPage = () => {
  const { t } = useTranslation();
  const { nodeId } = useProfile();
  const fmt = useHistoryFormat();
  const settings = useTeamSettings();
  const devices = useDeviceNames();
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  // Cursors of the pages walked so far: 下一页 pushes, 第一页 clears.
  const [cursors, setCursors] = useState<string[]>([]);
  const state = useAuditPage(filters, cursors.at(-1) ?? null, fmt?.lookups.utcOffsetMinutes ?? 480);
  const exporter = useAuditExport();
  const members = useMemo(() => (fmt ? [...fmt.lookups.members].map(([id, m]): [string, string] => [id, m.name]) : []), [fmt]);
  const device = (id: string) => historyDeviceLabel(t, id, nodeId, devices);
  const change = (next: AuditFilters) => {
    setFilters(next);
    setCursors([]);
  };
  const filterLine = t('audit.filterLine', {
    filters: [filters.member ? members.find(([id]) => id === filters.member)?.[1] : t('audit.allMembers'), filters.type ? t(`recycleBin.types.${filters.type}`) : t('audit.allTypes'), `${filters.from || '…'} ~ ${filters.to || '…'}`].join(' · '),
  });
  return (
    <section className="page" data-testid="audit-page">
      <TrustPageHeader title={t('audit.title')} back={t('audit.back')} hint={t('audit.hint')} />
      <div className="card">
        <AuditFiltersBar filters={filters} members={members} onChange={change}>
          <button type="button" className="button primary" disabled={exporter.busy || !fmt || state.kind !== 'ready'} onClick={() => fmt && void exporter.run(filters, { fmt, teamName: settings?.teamName ?? '', filterLine, device })}>
            {exporter.busy ? t('audit.exporting') : t('audit.export')}
          </button>
        </AuditFiltersBar>
        {exporter.note ? <p className={exporter.error ? 'field-error' : 'muted'} role={exporter.error ? 'alert' : 'status'} data-testid="audit-export-note">{exporter.note}</p> : null}
        {state.kind === 'noHub' ? <p className="muted">{t('audit.noHub')}</p> : null}
        {state.kind === 'loading' || (state.kind === 'ready' && !fmt) ? <p className="muted">{t('audit.loading')}</p> : null}
        {state.kind === 'error' ? <p className="field-error" role="alert">{state.message}</p> : null}
        {state.kind === 'ready' && fmt ? (
          <>
            <p className="muted" data-testid="audit-total">{t('audit.total', { total: state.page.total })}</p>
            {state.page.rows.length === 0 ? <p className="muted">{t('audit.none')}</p> : <AuditTable rows={state.page.rows} fmt={fmt} device={device} />}
            <div className="trust-pager">
              <span className="muted">{t('audit.pageOf', { page: cursors.length + 1 })}</span>
              <button type="button" className="button" disabled={cursors.length === 0} onClick={() => setCursors([])}>{t('audit.first')}</button>
              <button type="button" className="button" disabled={!state.page.next} onClick={() => state.page.next && setCursors([...cursors, state.page.next])}>{t('audit.next')}</button>
            </div>
          </>
        ) : null}
      </div>
    </section>
  );
};
