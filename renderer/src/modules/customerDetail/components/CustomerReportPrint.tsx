import { useTranslation } from 'react-i18next';
import type { CustomerReportInput } from '../../../../../shared/exporter/customerReport/customerReportTypes.ts';
import { formatInstant } from '../../../../../shared/grid/cellText.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { formatMoney } from '../utils/formatMoney.ts';
import { ReportPrintTables } from './ReportPrintTables.tsx';

const points = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * The 客户跟进报告 as it prints (A4 portrait, only on paper): the same content as the Excel export —
 * title block, 客户概况 with the grade's reasons, contacts, evidence, the timeline and the next plan.
 */
export const CustomerReportPrint = ({ report }: { report: CustomerReportInput }) => {
  const { t } = useTranslation();
  const settings = useTeamSettings();
  const { memberId } = useProfile();
  const author = useMembers()?.find((m) => m.id === memberId)?.name ?? '';
  const today = formatInstant(useNow(), settings?.utcOffsetMinutes ?? 480).slice(0, 10);
  const c = report.customer;
  const money = (n: number | null) => (n === null ? '—' : formatMoney(n));
  const facts: [string, string][] = [
    [t('customerDetail.header.shortName'), c.shortName || '—'], [t('customerDetail.report.industry'), c.industry || '—'],
    [t('customerDetail.header.owner'), c.owner || '—'], [t('customerDetail.report.source'), c.source || '—'],
    [t('fields.stage'), c.stage], [t('fields.status'), c.status],
    [t('customerDetail.report.grade'), c.grade], [t('customerDetail.report.score'), t('customerDetail.report.scoreValue', { score: c.healthScore })],
    [t('customerDetail.header.intent'), c.intent], [t('customerDetail.header.probability'), `${Math.round(c.winProbability * 100)}%`],
    [t('customerDetail.header.amount'), money(c.expectedAmount)], [t('customerDetail.header.closeDate'), c.expectedCloseDate || '—'],
    [t('customerDetail.evidence.maturity'), report.maturity.toFixed(1)], [t('customerDetail.needs.clarity'), c.needClarity],
  ];
  return (
    <article className="print-only cd-print" data-testid="customer-report-print">
      <header className="cd-print-head">
        <h1>{settings?.company ? t('customerDetail.report.titleWithCompany', { company: settings.company }) : t('customerDetail.report.title')}</h1>
        <h2>{c.shortName && c.shortName !== c.name ? t('customerDetail.report.nameWithShort', { name: c.name, short: c.shortName }) : c.name}</h2>
        <p className="cd-print-meta">
          <span>{t('customerDetail.report.owner', { name: c.owner || '—' })}</span>
          <span>{t('customerDetail.report.author', { name: author })}</span>
          <span>{t('customerDetail.report.madeOn', { date: today })}</span>
        </p>
      </header>
      <h3>{t('customerDetail.report.overview')}</h3>
      <table className="table cd-print-facts">
        <tbody>
          {Array.from({ length: facts.length / 2 }, (_, i) => (
            <tr key={i}>
              <th>{facts[2 * i]![0]}</th>
              <td>{facts[2 * i]![1]}</td>
              <th>{facts[2 * i + 1]![0]}</th>
              <td>{facts[2 * i + 1]![1]}</td>
            </tr>
          ))}
          <tr>
            <th>{t('customerDetail.report.contributions')}</th>
            <td colSpan={3}>
              {t('customerDetail.report.contributionLine', { frequency: points(c.contributions.frequency), clarity: points(c.contributions.needClarity), chain: points(c.contributions.decisionChain), competitor: points(c.contributions.competitor) })}
              {c.gradeNote && <div>{c.gradeNote}</div>}
            </td>
          </tr>
          <tr><th>{t('customerDetail.needs.needs')}</th><td colSpan={3}>{c.needs || '—'}</td></tr>
          <tr><th>{t('customerDetail.needs.painPoints')}</th><td colSpan={3}>{c.painPoints || '—'}</td></tr>
        </tbody>
      </table>
      <ReportPrintTables report={report} utcOffsetMinutes={settings?.utcOffsetMinutes ?? 480} />
    </article>
  );
};
