import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '../../../../../shared/customers/findDuplicateCustomers.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';

type Props = {
  matches: readonly DuplicateMatch[];
  /** 选用此客户: where a customer is being picked (the follow-up grid's 客户 cell). */
  onUse?: (id: string) => void;
  /** Called before 打开已有客户 leaves the page (a dialog closes). */
  onOpen?: () => void;
};

/** 「可能与已有客户重复：苏州恒瑞精密机械有限公司（名称相同）」 with a way to each existing customer. */
export const DuplicateWarning = ({ matches, onUse, onOpen }: Props) => {
  const { t } = useTranslation();
  if (matches.length === 0) return null;
  const describe = (m: DuplicateMatch) => t('customers.duplicate.item', { name: m.name, reasons: m.reasons.map((r) => t(`customers.duplicate.reasons.${r}`)).join(t('customers.duplicate.reasonSeparator')) });
  return (
    <div className="duplicate-warning" role="alert" data-testid="duplicate-warning">
      <p>{t('customers.duplicate.warning', { list: matches.map(describe).join(t('customers.duplicate.listSeparator')) })}</p>
      <ul>
        {matches.map((m) => (
          <li key={m.id}>
            <span className="duplicate-name">{m.name}</span>
            <span className="dup-reasons">{m.reasons.map((r) => t(`customers.duplicate.reasons.${r}`)).join(t('customers.duplicate.reasonSeparator'))}</span>
            {onUse ? (
              <button type="button" className="button" onClick={() => onUse(m.id)}>
                {t('customers.duplicate.use')}
              </button>
            ) : null}
            <a className="button" href={appLinkHash({ kind: 'customer', id: m.id })} onClick={onOpen}>
              {t('customers.duplicate.open')}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
};
