import { useTranslation } from 'react-i18next';
import { customerViews, type CustomerViewId } from '../../../../../shared/customers/customerViews.ts';

type Props = { base: CustomerViewId; counts: Record<CustomerViewId, number> | null; onChange: (id: CustomerViewId) => void };

/** 我的客户, A类客户, 7天无进展, 全部, 回收站 — each with how many customers it holds. */
export const CustomerViewTabs = ({ base, counts, onChange }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="grid-views" role="tablist">
      {customerViews.map((v) => (
        <button key={v.id} role="tab" aria-selected={base === v.id} className={base === v.id ? 'active' : ''} data-testid={`customer-view-${v.id}`} onClick={() => onChange(v.id)}>
          {t(v.i18nKey)}
          {counts ? <span className="view-count">{counts[v.id]}</span> : null}
        </button>
      ))}
    </div>
  );
};
