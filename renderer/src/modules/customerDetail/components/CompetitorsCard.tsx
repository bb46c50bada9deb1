import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { useSaveCustomer } from '../hooks/useSaveCustomer.ts';
import { FormField } from './FormField.tsx';

type Draft = { name: string; seenAt: string; note: string };

/** 竞品: competitors seen at this customer, newest first; one seen in the last 30 days lowers the health score. */
export const CompetitorsCard = ({ customer, canEdit }: { customer: CustomerDoc; canEdit: boolean }) => {
  const { t } = useTranslation();
  const writer = useWriter();
  const offset = useTeamSettings()?.utcOffsetMinutes ?? 480;
  const save = useSaveCustomer(customer.id);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState('');
  const sightings = [...customer.competitors].sort((a, b) => b.seenAt.localeCompare(a.seenAt));
  const today = toCalendarDate(writer.now(), offset);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    if (draft.name.trim() === '') return setError(t('customerDetail.competitors.nameRequired'));
    if (draft.seenAt === '' || draft.seenAt > today) return setError(t('customerDetail.competitors.dateInvalid'));
    const sighting = { id: newRecordId('x', writer.now()), name: draft.name.trim().slice(0, 200), seenAt: draft.seenAt, note: draft.note.trim().slice(0, 200) };
    await save({ competitors: [...customer.competitors, sighting] });
    setDraft(null);
    setError('');
  };
  const remove = (id: string) => void save({ competitors: customer.competitors.filter((s) => s.id !== id) });
  return (
    <section className="card cd-card" aria-labelledby="cd-competitors" data-testid="customer-competitors">
      <header className="cd-card-head">
        <h2 id="cd-competitors">{t('customerDetail.competitors.title')}</h2>
        {canEdit && !draft && <button type="button" className="link-button" onClick={() => setDraft({ name: '', seenAt: today, note: '' })}>{t('customerDetail.competitors.add')}</button>}
      </header>
      {sightings.length === 0 && !draft && <p className="cd-empty">{t('customerDetail.competitors.empty')}</p>}
      <ul className="cd-list">
        {sightings.map((s) => (
          <li key={s.id}>
            <strong>{s.name}</strong> <span className="cd-muted">{s.seenAt}</span>
            {s.note && <div className="cd-muted">{s.note}</div>}
            {canEdit && <button type="button" className="link-button danger" onClick={() => remove(s.id)}>{t('customerDetail.remove')}</button>}
          </li>
        ))}
      </ul>
      {draft && (
        <form className="cd-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('customerDetail.competitors.add')}>
          <FormField label={t('customerDetail.competitors.name')}><input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} /></FormField>
          <FormField label={t('customerDetail.competitors.seenAt')}><input type="date" max={today} value={draft.seenAt} onChange={(e) => setDraft({ ...draft, seenAt: e.target.value })} /></FormField>
          <FormField label={t('customerDetail.competitors.note')} wide><input value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} /></FormField>
          {error && <p className="field-error wide" role="alert">{error}</p>}
          <div className="cd-form-actions">
            <button type="button" className="button" onClick={() => setDraft(null)}>{t('customerDetail.cancel')}</button>
            <button type="submit" className="button primary">{t('customerDetail.save')}</button>
          </div>
        </form>
      )}
    </section>
  );
};
