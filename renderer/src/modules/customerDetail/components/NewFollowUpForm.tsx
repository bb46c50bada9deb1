import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newFollowUpInput, parseFollowUpInput, type FollowUpErrors, type FollowUpInput } from '../../../../../shared/customers/followUpInput.ts';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { OptionItem } from '../../../../../shared/domain/options.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import { useAddFollowUp } from '../hooks/useAddFollowUp.ts';
import { useAttachFiles } from '../hooks/useAttachFiles.ts';
import { FileDrop } from './FileDrop.tsx';
import { FormField } from './FormField.tsx';

const options = (list: readonly OptionItem[], current: string) => list.filter((o) => !o.archived || o.id === current).map((o) => <option key={o.id} value={o.id}>{o.label}</option>);

/** 新增跟进 from the customer's page: the customer is preset; it lands in the grid and the timeline at once. */
export const NewFollowUpForm = ({ customer, onDone }: { customer: CustomerDoc; onDone: () => void }) => {
  const { t } = useTranslation();
  const settings = useTeamSettings();
  const writer = useWriter();
  const add = useAddFollowUp(customer);
  const attach = useAttachFiles();
  const offset = settings?.utcOffsetMinutes ?? 480;
  const [input, setInput] = useState<FollowUpInput>(() => newFollowUpInput(customer, writer.now(), offset));
  const [errors, setErrors] = useState<FollowUpErrors>({});
  const [files, setFiles] = useState<File[]>([]);
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);
  const set = (key: keyof FollowUpInput) => (e: { target: { value: string } }) => {
    setInput((v) => ({ ...v, [key]: e.target.value }));
    setErrors((v) => ({ ...v, [key]: undefined }));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseFollowUpInput(input, { id: newRecordId('f', writer.now()), customerId: customer.id, ownerId: writer.memberId, utcOffsetMinutes: offset, now: writer.now() });
    if (!parsed.ok) return setErrors(parsed.errors);
    setSaving(true);
    try {
      await add(parsed.fields);
      if (files.length > 0) await attach(files, { type: 'followUp', id: parsed.fields.id });
      onDone();
    } catch (err) {
      setFailure(t('customerDetail.saveFailed', { reason: err instanceof Error ? err.message : String(err) }));
      setSaving(false);
    }
  };
  if (!settings) return null;
  return (
    <form className="cd-form cd-followup-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('customerDetail.followUp.title')}>
      <FormField label={t('customerDetail.followUp.date')} error={errors.date}><input type="date" value={input.date} onChange={set('date')} /></FormField>
      <FormField label={t('customerDetail.followUp.time')}><input type="time" value={input.time} onChange={set('time')} /></FormField>
      <FormField label={t('fields.method')}><select value={input.method} onChange={set('method')}>{options(settings.options.methods, input.method)}</select></FormField>
      <FormField label={t('fields.contactId')}>
        <select value={input.contactId} onChange={set('contactId')}>
          <option value="">{t('customerDetail.followUp.noContact')}</option>
          {customer.contacts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </FormField>
      <FormField label={t('fields.stage')}><select value={input.stage} onChange={set('stage')}>{options(settings.options.stages, input.stage)}</select></FormField>
      <FormField label={t('fields.status')}><select value={input.status} onChange={set('status')}>{options(settings.options.statuses, input.status)}</select></FormField>
      <FormField label={t('fields.summary')} error={errors.summary} wide>
        <textarea rows={3} value={input.summary} placeholder={t('customerDetail.followUp.summaryPlaceholder')} onChange={set('summary')} />
      </FormField>
      <FormField label={t('fields.amount')} error={errors.amount}><input inputMode="decimal" placeholder={t('customerDetail.header.amountHint')} value={input.amount} onChange={set('amount')} /></FormField>
      <FormField label={t('fields.nextDate')} error={errors.nextDate}><input type="date" value={input.nextDate} onChange={set('nextDate')} /></FormField>
      <FormField label={t('fields.nextAction')} error={errors.nextAction} wide><input value={input.nextAction} onChange={set('nextAction')} /></FormField>
      <FileDrop files={files} onChange={setFiles} label={t('customerDetail.followUp.files')} />
      {failure && <p className="field-error wide" role="alert">{failure}</p>}
      <div className="cd-form-actions">
        <button type="button" className="button" onClick={onDone}>{t('customerDetail.cancel')}</button>
        <button type="submit" className="button primary" disabled={saving}>{saving ? t('customerDetail.saving') : t('customerDetail.followUp.save')}</button>
      </div>
    </form>
  );
};
