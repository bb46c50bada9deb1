import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dealInputOf, parseDealInput, type DealErrors, type DealInput } from '../../../../../shared/customers/dealInput.ts';
import type { CustomerDoc, Intent, NeedClarity } from '../../../../../shared/db/schemas/customerSchema.ts';
import { useSaveCustomer } from '../hooks/useSaveCustomer.ts';
import { FormField } from './FormField.tsx';

const INTENTS: Intent[] = ['', 'high', 'medium', 'low'];
const CLARITY: NeedClarity[] = ['none', 'need', 'drawing', 'budget'];

/** 编辑 the deal: 简称, 意向等级, 成交概率, 预计金额 (15万 understood), 预计成交日期 and 需求明确度 (it moves the health score). */
export const DealForm = ({ customer, onDone }: { customer: CustomerDoc; onDone: () => void }) => {
  const { t } = useTranslation();
  const save = useSaveCustomer(customer.id);
  const [input, setInput] = useState<DealInput>(() => dealInputOf(customer));
  const [errors, setErrors] = useState<DealErrors>({});
  const [failure, setFailure] = useState('');
  const set = <K extends keyof DealInput>(key: K, value: DealInput[K]) => {
    setInput((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseDealInput(input);
    if (!parsed.ok) return setErrors(parsed.errors);
    try {
      await save(parsed.patch);
      onDone();
    } catch (err) {
      setFailure(t('customerDetail.saveFailed', { reason: err instanceof Error ? err.message : String(err) }));
    }
  };
  return (
    <form className="cd-form cd-deal-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('customerDetail.header.editTitle')}>
      <FormField label={t('customerDetail.header.shortName')} error={errors.shortName}>
        <input value={input.shortName} onChange={(e) => set('shortName', e.target.value)} />
      </FormField>
      <FormField label={t('customerDetail.header.intent')}>
        <select value={input.intent} onChange={(e) => set('intent', e.target.value as Intent)}>
          {INTENTS.map((i) => <option key={i} value={i}>{t(`customerDetail.intent.${i || 'none'}`)}</option>)}
        </select>
      </FormField>
      <FormField label={t('customerDetail.header.probabilityPercent')} error={errors.winProbability}>
        <input inputMode="decimal" value={input.winProbability} onChange={(e) => set('winProbability', e.target.value)} />
      </FormField>
      <FormField label={t('customerDetail.header.amount')} error={errors.expectedAmount}>
        <input inputMode="decimal" placeholder={t('customerDetail.header.amountHint')} value={input.expectedAmount} onChange={(e) => set('expectedAmount', e.target.value)} />
      </FormField>
      <FormField label={t('customerDetail.header.closeDate')} error={errors.expectedCloseDate}>
        <input type="date" value={input.expectedCloseDate} onChange={(e) => set('expectedCloseDate', e.target.value)} />
      </FormField>
      <FormField label={t('customerDetail.needs.clarity')}>
        <select value={input.needClarity} onChange={(e) => set('needClarity', e.target.value as NeedClarity)}>
          {CLARITY.map((c) => <option key={c} value={c}>{t(`customerDetail.clarity.${c}`)}</option>)}
        </select>
      </FormField>
      {failure && <p className="field-error" role="alert">{failure}</p>}
      <div className="cd-form-actions">
        <button type="button" className="button" onClick={onDone}>{t('customerDetail.cancel')}</button>
        <button type="submit" className="button primary">{t('customerDetail.save')}</button>
      </div>
    </form>
  );
};
