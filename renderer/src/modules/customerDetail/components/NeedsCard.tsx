import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import { useSaveCustomer } from '../hooks/useSaveCustomer.ts';
import { FormField } from './FormField.tsx';

const MAX = 20000;

/** 需求与痛点: what the customer needs and what hurts, as the rep wrote it, with how clear the need is. */
export const NeedsCard = ({ customer, canEdit }: { customer: CustomerDoc; canEdit: boolean }) => {
  const { t } = useTranslation();
  const save = useSaveCustomer(customer.id);
  const [draft, setDraft] = useState<{ needs: string; painPoints: string } | null>(null);
  const [error, setError] = useState('');
  const submit = async () => {
    if (!draft) return;
    if (draft.needs.length > MAX || draft.painPoints.length > MAX) return setError(t('customerDetail.needs.tooLong', { max: MAX }));
    try {
      await save({ needs: draft.needs.trim(), painPoints: draft.painPoints.trim() });
      setDraft(null);
      setError('');
    } catch (err) {
      setError(t('customerDetail.saveFailed', { reason: err instanceof Error ? err.message : String(err) }));
    }
  };
  return (
    <section className="card cd-card" aria-labelledby="cd-needs">
      <header className="cd-card-head">
        <h2 id="cd-needs">{t('customerDetail.needs.title')}</h2>
        {canEdit && !draft && (
          <button type="button" className="link-button" onClick={() => setDraft({ needs: customer.needs, painPoints: customer.painPoints })}>{t('customerDetail.edit')}</button>
        )}
      </header>
      <p className="cd-muted">{t('customerDetail.needs.clarityLine', { clarity: t(`customerDetail.clarity.${customer.needClarity}`) })}</p>
      {draft ? (
        <form className="cd-form" onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
          <FormField label={t('customerDetail.needs.needs')} wide>
            <textarea rows={3} value={draft.needs} onChange={(e) => setDraft({ ...draft, needs: e.target.value })} />
          </FormField>
          <FormField label={t('customerDetail.needs.painPoints')} wide>
            <textarea rows={3} value={draft.painPoints} onChange={(e) => setDraft({ ...draft, painPoints: e.target.value })} />
          </FormField>
          {error && <p className="field-error wide" role="alert">{error}</p>}
          <div className="cd-form-actions">
            <button type="button" className="button" onClick={() => setDraft(null)}>{t('customerDetail.cancel')}</button>
            <button type="submit" className="button primary">{t('customerDetail.save')}</button>
          </div>
        </form>
      ) : (
        <dl className="cd-text-facts">
          <dt>{t('customerDetail.needs.needs')}</dt>
          <dd>{customer.needs || t('customerDetail.needs.noNeeds')}</dd>
          <dt>{t('customerDetail.needs.painPoints')}</dt>
          <dd>{customer.painPoints || t('customerDetail.needs.noPainPoints')}</dd>
        </dl>
      )}
    </section>
  );
};
