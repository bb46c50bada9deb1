import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import type { DuplicatePair } from '../../../../../shared/customers/duplicatePairs.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';

type Props = {
  pairs: readonly DuplicatePair[];
  rows: ReadonlyMap<string, CustomerRow>;
  onMerge: (pair: [CustomerRow, CustomerRow]) => void;
  onClose: () => void;
};

/** Long lists are shown in part; merging the first ones brings the next up. */
const SHOWN = 200;

/** 疑似重复: every pair of customers that share a normalized name or a phone, each with 合并. */
export const DuplicatesPanel = ({ pairs, rows, onMerge, onClose }: Props) => {
  const { t } = useTranslation();
  const link = (c: CustomerRow) => <a href={appLinkHash({ kind: 'customer', id: c.id })}>{c.name}</a>;
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <div className="dialog cust-dialog" role="dialog" aria-modal="true" aria-label={t('customers.pairs.title')} onClick={(e) => e.stopPropagation()}>
        <h2>{t('customers.pairs.title')}</h2>
        <p className="form-intro">{t('customers.pairs.intro')}</p>
        {pairs.length === 0 ? <p className="muted">{t('customers.pairs.none')}</p> : <p className="muted">{t('customers.pairs.count', { count: pairs.length })}</p>}
        <ul className="dup-pairs" data-testid="duplicate-pairs">
          {pairs.slice(0, SHOWN).map((p) => {
            const a = rows.get(p.keepId);
            const b = rows.get(p.dropId);
            if (!a || !b) return null;
            return (
              <li key={`${p.keepId}-${p.dropId}`} className="dup-pair">
                <span className="dup-names">{link(a)}<span className="dup-sep" aria-hidden="true">⇄</span>{link(b)}</span>
                <span className="dup-reasons">{p.reasons.map((r) => t(`customers.duplicate.reasons.${r}`)).join(t('customers.duplicate.reasonSeparator'))}</span>
                <button type="button" className="button" onClick={() => onMerge([a, b])}>{t('customers.pairs.merge')}</button>
              </li>
            );
          })}
        </ul>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>{t('customers.pairs.close')}</button>
        </div>
      </div>
    </div>
  );
};
