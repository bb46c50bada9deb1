import { useTranslation } from 'react-i18next';
import type { KeyNumbers } from '../utils/keyNumbers.ts';

const COUNTS = ['followUps', 'newLeads', 'quotes', 'won'] as const;

/** 跟进 · 新线索 · 报价 · 成交 · 成交额 of the day; marked when computed live (not yet submitted). */
export const ReportKeyNumbers = ({ numbers }: { numbers: KeyNumbers | null }) => {
  const { t, i18n } = useTranslation();
  if (!numbers) return null;
  return (
    <div className={numbers.live ? 'team-numbers live' : 'team-numbers'} title={numbers.live ? t('teamReports.live') : undefined}>
      {COUNTS.map((id) => (
        <span key={id} className="team-number" data-testid={`number-${id}`}>
          <strong>{numbers[id]}</strong>
          <small>{t(`teamReports.numbers.${id}`)}</small>
        </span>
      ))}
      <span className="team-number amount">
        <strong>{t('teamReports.amount', { value: numbers.wonAmount.toLocaleString(i18n.language, { maximumFractionDigits: 0 }) })}</strong>
        <small>{t('teamReports.numbers.wonAmount')}</small>
      </span>
    </div>
  );
};
