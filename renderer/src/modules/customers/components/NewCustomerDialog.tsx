import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyNewCustomerInput, parseNewCustomerInput, type NewCustomerErrors, type NewCustomerInput } from '../../../../../shared/customers/newCustomerInput.ts';
import type { OptionItem } from '../../../../../shared/domain/options.ts';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import { useDuplicateMatches } from '../hooks/useDuplicateMatches.ts';
import { useInsertCustomer } from '../hooks/useInsertCustomer.ts';
import { DuplicateWarning } from './DuplicateWarning.tsx';
import { FormField } from './FormField.tsx';

type Props = {
  lookups: GridLookups;
  /** Managers and admins choose the owner; a rep's new customer is their own. */
  chooseOwner: boolean;
  onCreated: (id: string, name: string) => void;
  onClose: () => void;
};

const liveOptions = (list: readonly OptionItem[]) => list.filter((o) => !o.archived);

/**
 * 新建客户: name, 简称, 行业, 来源, a contact and phone, the owner. While the name or phone is typed,
 * existing customers it may duplicate are named (same normalized name, a shared phone, one name inside
 * the other), each one click away; creating it anyway stays possible (仍然新建).
 */
export const NewCustomerDialog = ({ lookups, chooseOwner, onCreated, onClose }: Props) => {
  const { t } = useTranslation();
  const { memberId } = useProfile();
  const insert = useInsertCustomer();
  const [input, setInput] = useState<NewCustomerInput>(() => emptyNewCustomerInput(memberId));
  const [errors, setErrors] = useState<NewCustomerErrors>({});
  const [failure, setFailure] = useState('');
  const matches = useDuplicateMatches(input.name, input.phone ? [input.phone] : []);
  const set = (field: keyof NewCustomerInput) => (e: { target: { value: string } }) => setInput((v) => ({ ...v, [field]: e.target.value }));
  const submit = () => {
    const now = Date.now();
    const parsed = parseNewCustomerInput(newRecordId('c', now), newRecordId('k', now), input);
    if (!parsed.ok) return setErrors(parsed.errors);
    insert(parsed.customer).then((id) => onCreated(id, parsed.customer.name), (e: unknown) => setFailure(t('customers.create.failed', { reason: e instanceof Error ? e.message : String(e) })));
  };
  const select = (field: 'industry' | 'source', list: readonly OptionItem[]) => (
    <select value={input[field]} onChange={set(field)}>
      <option value="">{t('customers.create.none')}</option>
      {liveOptions(list).map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
    </select>
  );
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <form className="dialog cust-dialog" role="dialog" aria-modal="true" aria-label={t('customers.create.title')} onClick={(e) => e.stopPropagation()} onSubmit={(e) => (e.preventDefault(), submit())}>
        <h2>{t('customers.create.title')}</h2>
        <div className="cust-form-grid">
          <FormField label={t('customers.create.name')} error={errors.name} wide>
            <input autoFocus value={input.name} placeholder={t('customers.create.namePlaceholder')} onChange={set('name')} />
          </FormField>
          <FormField label={t('customers.create.shortName')} error={errors.shortName}>
            <input value={input.shortName} onChange={set('shortName')} />
          </FormField>
          <FormField label={t('customers.create.owner')} error={errors.ownerId}>
            <select value={input.ownerId} disabled={!chooseOwner} onChange={set('ownerId')}>
              {[...lookups.members].map(([id, m]) => <option key={id} value={id}>{m.name}</option>)}
            </select>
          </FormField>
          <FormField label={t('customers.create.industry')}>{select('industry', lookups.options.industries)}</FormField>
          <FormField label={t('customers.create.source')}>{select('source', lookups.options.sources)}</FormField>
          <FormField label={t('customers.create.contact')} error={errors.contactName}>
            <input value={input.contactName} onChange={set('contactName')} />
          </FormField>
          <FormField label={t('customers.create.phone')} error={errors.phone}>
            <input value={input.phone} placeholder={t('customers.create.phonePlaceholder')} onChange={set('phone')} />
          </FormField>
        </div>
        <DuplicateWarning matches={matches} onOpen={onClose} />
        {failure ? <p className="form-error" role="alert">{failure}</p> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>{t('customers.create.cancel')}</button>
          <button type="submit" className="button primary">{matches.length ? t('customers.duplicate.createAnyway') : t('customers.create.submit')}</button>
        </div>
      </form>
    </div>
  );
};
