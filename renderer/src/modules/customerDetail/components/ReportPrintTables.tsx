import { useTranslation } from 'react-i18next';
import type { CustomerReportInput } from '../../../../../shared/exporter/customerReport/customerReportTypes.ts';
import { formatInstant } from '../../../../../shared/grid/cellText.ts';
import { formatMoney } from '../utils/formatMoney.ts';

/** The report's tables on paper: 联系人, 关键证据, 跟进记录 (newest first, 批注 included) and 下一步计划. */
export const ReportPrintTables = ({ report, utcOffsetMinutes }: { report: CustomerReportInput; utcOffsetMinutes: number }) => {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('customerDetail.contacts.title', { count: report.contacts.length })}</h3>
      <table className="table cd-print-table">
        <thead><tr><th>{t('customerDetail.contacts.fields.name')}</th><th>{t('customerDetail.contacts.roles')}</th><th>{t('customerDetail.contacts.fields.title')}</th><th>{t('customerDetail.contacts.fields.phone')}</th><th>{t('customerDetail.contacts.fields.wechat')}</th><th>{t('customerDetail.contacts.fields.email')}</th></tr></thead>
        <tbody>
          {report.contacts.map((c, i) => <tr key={i}><td>{c.name}</td><td>{c.roles}</td><td>{c.title}</td><td>{c.phone}</td><td>{c.wechat}</td><td>{c.email}</td></tr>)}
          {report.contacts.length === 0 && <tr><td colSpan={6}>{t('customerDetail.contacts.empty')}</td></tr>}
        </tbody>
      </table>
      <h3>{t('customerDetail.report.evidence', { maturity: report.maturity.toFixed(1) })}</h3>
      <table className="table cd-print-table">
        <thead><tr><th>{t('customerDetail.report.node')}</th><th>{t('customerDetail.report.weight')}</th><th>{t('customerDetail.evidence.date')}</th><th>{t('customerDetail.evidence.note')}</th><th>{t('customerDetail.evidence.files')}</th></tr></thead>
        <tbody>
          {report.evidence.map((e) => <tr key={e.label}><td>{e.label}</td><td>{e.weight.toFixed(1)}</td><td>{e.reachedAt || t('customerDetail.evidence.notReached')}</td><td>{e.note}</td><td>{e.files}</td></tr>)}
        </tbody>
      </table>
      <h3>{t('customerDetail.report.timeline', { count: report.timeline.filter((r) => r.kind === 'followUp').length })}</h3>
      <table className="table cd-print-table cd-print-timeline">
        <thead><tr><th>{t('customerDetail.report.time')}</th><th>{t('customerDetail.report.method')}</th><th>{t('customerDetail.report.who')}</th><th>{t('fields.stage')}</th><th>{t('customerDetail.report.text')}</th><th>{t('fields.amount')}</th><th>{t('customerDetail.report.next')}</th></tr></thead>
        <tbody>
          {report.timeline.map((r, i) => (
            <tr key={i} className={r.kind}>
              <td>{formatInstant(r.at, utcOffsetMinutes)}</td><td>{r.method}</td><td>{r.who}</td><td>{r.stage}</td><td>{r.text}</td>
              <td className="num">{r.amount === null ? '' : formatMoney(r.amount)}</td><td>{[r.nextDate.slice(5), r.nextAction].filter(Boolean).join(' ')}</td>
            </tr>
          ))}
          {report.timeline.length === 0 && <tr><td colSpan={7}>{t('customerDetail.timeline.empty')}</td></tr>}
        </tbody>
      </table>
      <h3>{t('customerDetail.next.title')}</h3>
      <p className="cd-print-next">{report.nextPlan ? t('customerDetail.report.nextPlan', { date: report.nextPlan.date || '—', owner: report.nextPlan.owner || '—', action: report.nextPlan.action || '—' }) : t('customerDetail.next.empty')}</p>
    </>
  );
};
