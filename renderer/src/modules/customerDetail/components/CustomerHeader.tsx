import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import type { CustomerReportInput } from '../../../../../shared/exporter/customerReport/customerReportTypes.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { formatMoney } from '../utils/formatMoney.ts';
import { DealForm } from './DealForm.tsx';
import { GradeBlock } from './GradeBlock.tsx';

type Props = { customer: CustomerDoc; report: CustomerReportInput | undefined; canEdit: boolean; members: readonly MemberDoc[] };

/** The customer's name and deal at a glance: stage, owner, 意向等级, 成交概率, expected amount and date; the grade and its reasons on the right. */
export const CustomerHeader = ({ customer, report, canEdit, members }: Props) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const stage = useTeamSettings()?.options.stages.find((s) => s.id === customer.stage);
  const owner = members.find((m) => m.id === customer.ownerId)?.name ?? t('customerDetail.unknownOwner');
  const facts: [string, string, string?][] = [
    [t('customerDetail.header.owner'), owner],
    [t('customerDetail.header.intent'), t(`customerDetail.intent.${customer.intent || 'none'}`)],
    [t('customerDetail.header.probability'), `${Math.round(customer.winProbability * 100)}%`, 'probability'],
    [t('customerDetail.header.amount'), customer.expectedAmount === undefined ? t('customerDetail.none') : formatMoney(customer.expectedAmount), 'amount'],
    [t('customerDetail.header.closeDate'), customer.expectedCloseDate || t('customerDetail.none'), 'close-date'],
  ];
  return (
    <header className="card cd-header">
      <div className="cd-header-main">
        <div className="cd-title-row">
          <h1 id="customer-page-title">{customer.name}</h1>
          {customer.shortName && <span className="cd-short">{customer.shortName}</span>}
          {stage && (
            <span className="cd-stage" style={{ borderColor: stage.color, color: stage.color }} data-testid="customer-stage">
              {stage.label}
            </span>
          )}
        </div>
        <dl className="cd-facts">
          {facts.map(([label, value, id]) => (
            <div key={label} data-testid={id ? `customer-${id}` : undefined}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {canEdit && !editing && (
          <button type="button" className="button cd-edit" onClick={() => setEditing(true)}>
            {t('customerDetail.header.edit')}
          </button>
        )}
        {editing && <DealForm customer={customer} onDone={() => setEditing(false)} />}
      </div>
      {report && <GradeBlock customer={customer} report={report} />}
    </header>
  );
};
