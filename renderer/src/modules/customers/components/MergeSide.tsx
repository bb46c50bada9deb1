import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import { cellText } from '../../../../../shared/grid/cellText.ts';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { customerBuiltInColumns } from '../../../../../shared/customers/customerColumns.ts';

type Props = { row: CustomerRow; followUps: number; lookups: GridLookups; kept: boolean; onKeep: () => void };

const column = (id: string) => customerBuiltInColumns.find((c) => c.id === id)!;

/** One customer of a merge, its facts in a column, with 保留此客户. */
export const MergeSide = ({ row, followUps, lookups, kept, onKeep }: Props) => {
  const { t } = useTranslation();
  const text = (id: string) => cellText(row, column(id), lookups) || t('customers.merge.empty');
  const facts: [string, string][] = [
    [t('customers.merge.fields.shortName'), text('shortName')],
    [t('customers.merge.fields.industry'), text('industry')],
    [t('customers.merge.fields.source'), text('source')],
    [t('customers.merge.fields.owner'), text('ownerId')],
    [t('customers.merge.fields.stage'), text('stage')],
    [t('customers.merge.fields.grade'), `${row.effectiveGrade} · ${row.healthScore}`],
    [t('customers.merge.fields.amount'), text('expectedAmount')],
    [t('customers.merge.fields.contacts'), row.contacts.map((c) => c.name).filter(Boolean).join(t('customers.merge.listSeparator')) || t('customers.merge.empty')],
    [t('customers.merge.fields.phones'), row.phoneKeys.join(t('customers.merge.listSeparator')) || t('customers.merge.empty')],
    [t('customers.merge.fields.followUps'), t('customers.merge.followUps', { count: followUps })],
    [t('customers.merge.fields.created'), toCalendarDate(row.createdAt, lookups.utcOffsetMinutes)],
  ];
  return (
    <label className={`merge-side${kept ? ' merge-side-kept' : ''}`} data-testid="merge-side">
      <span className="merge-side-head">
        <input type="radio" name="merge-keep" checked={kept} onChange={onKeep} aria-label={t('customers.merge.keepNamed', { name: row.name })} />
        <strong>{row.name}</strong>
        <span className={`merge-side-tag${kept ? ' kept' : ''}`}>{kept ? t('customers.merge.keep') : t('customers.merge.dropTag')}</span>
      </span>
      <dl className="merge-facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </label>
  );
};
