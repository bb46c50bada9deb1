import { useTranslation } from 'react-i18next';
import { useExportCustomerReports } from '../../customerDetail/hooks/useExportCustomerReports.ts';

/** 导出客户跟进报告 for the selected customers: one workbook, a 目录 and a sheet per customer (A4 portrait each). */
export const ExportReportsButton = ({ ids }: { ids: readonly string[] }) => {
  const { t } = useTranslation();
  const { busy, note, exportReports } = useExportCustomerReports();
  return (
    <>
      <button type="button" disabled={ids.length === 0 || busy} title={ids.length === 0 ? t('customers.exportReportsHint') : undefined} onClick={() => void exportReports(ids)}>
        {busy ? t('customerDetail.export.running') : t('customers.exportReports', { count: ids.length })}
      </button>
      {note ? (
        <span className={note.error ? 'field-error' : 'muted'} role={note.error ? 'alert' : 'status'} data-testid="customers-export-note">
          {note.text}
        </span>
      ) : null}
    </>
  );
};
