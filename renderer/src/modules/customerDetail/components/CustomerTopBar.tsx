import { useTranslation } from 'react-i18next';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import { PrintButton } from '../../../app/components/PrintButton.tsx';
import { RecordHistoryButton } from '../../history/components/RecordHistoryButton.tsx';
import { useExportCustomerReports } from '../hooks/useExportCustomerReports.ts';

/** The customer's name as part of a PDF's file name: no folder or reserved characters, short enough for the 120-character limit. */
const pdfName = (name: string): string => [...name.replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ').trim()].slice(0, 100).join('');

type Props = { customer: CustomerDoc | null; forecastOpen: boolean; onForecast: () => void };

/** Above the page: back to the list, 销售预测, and — for a customer — 打印 / 导出 PDF (A4 portrait) and 导出 Excel. */
export const CustomerTopBar = ({ customer, forecastOpen, onForecast }: Props) => {
  const { t } = useTranslation();
  const { busy, note, exportReports } = useExportCustomerReports();
  const title = customer ? t('customerDetail.print.title', { name: customer.name }) : '';
  return (
    <div className="cd-topbar no-print" role="toolbar" aria-label={t('customerDetail.toolbar')}>
      <a className="cd-back" href={appLinkHash({ kind: 'page', page: 'customers' })}>
        {t('customerDetail.back')}
      </a>
      <span className="cd-topbar-spacer" />
      <button type="button" className={forecastOpen ? 'button primary' : 'button'} aria-pressed={forecastOpen} onClick={onForecast}>
        {forecastOpen && customer ? t('customerDetail.backToCustomer') : t('forecast.open')}
      </button>
      {customer && !forecastOpen && (
        <>
          <RecordHistoryButton collection="customers" id={customer.id} current={customer} title={customer.name} />
          <PrintButton title={title} fileName={t('customerDetail.print.fileName', { name: pdfName(customer.name) })} landscape={false} />
          <button type="button" className="button" disabled={busy} onClick={() => void exportReports([customer.id])}>
            {busy ? t('customerDetail.export.running') : t('customerDetail.export.button')}
          </button>
        </>
      )}
      {note && !forecastOpen && (
        <span className={note.error ? 'cd-topbar-note field-error' : 'cd-topbar-note'} role={note.error ? 'alert' : 'status'} data-testid="customer-export-note">
          {note.text}
        </span>
      )}
    </div>
  );
};
