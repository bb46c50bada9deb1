import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contactInputOf, contactRoles, emptyContactInput, parseContactInput, type ContactInput } from '../../../../../shared/customers/contactInput.ts';
import type { Contact } from '../../../../../shared/db/schemas/customerSchema.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import { FormField } from './FormField.tsx';

type Props = { contact: Contact | null; onSave: (c: Contact) => Promise<void>; onCancel: () => void };
type Errors = Partial<Record<keyof ContactInput, string>>;
type TextField = 'name' | 'title' | 'phone' | 'wechat' | 'email' | 'note';

const TEXT_FIELDS: TextField[] = ['name', 'title', 'phone', 'wechat', 'email', 'note'];

/** A contact's form: name, title, 电话 / 微信 / 邮箱, and the roles 技术 / 采购 / 财务 / 决策人 (any number). */
export const ContactForm = ({ contact, onSave, onCancel }: Props) => {
  const { t } = useTranslation();
  const writer = useWriter();
  const [input, setInput] = useState<ContactInput>(() => (contact ? contactInputOf(contact) : emptyContactInput()));
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseContactInput(contact?.id ?? newRecordId('k', writer.now()), input);
    if (!parsed.ok) return setErrors(parsed.errors);
    setSaving(true);
    await onSave(parsed.contact);
    setSaving(false);
  };
  const roles = input.roles ?? [];
  return (
    <form className="cd-form" onSubmit={(e) => void submit(e)} noValidate aria-label={contact ? t('customerDetail.contacts.editTitle', { name: contact.name }) : t('customerDetail.contacts.addTitle')}>
      {TEXT_FIELDS.map((field) => (
        <FormField key={field} label={t(`customerDetail.contacts.fields.${field}`)} error={errors[field]} wide={field === 'note'}>
          <input
            value={input[field] ?? ''}
            type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
            onChange={(e) => {
              setInput((v) => ({ ...v, [field]: e.target.value }));
              setErrors((v) => ({ ...v, [field]: undefined }));
            }}
          />
        </FormField>
      ))}
      <fieldset className="cd-roles wide">
        <legend>{t('customerDetail.contacts.roles')}</legend>
        {contactRoles.map((r) => (
          <label key={r} className="cd-role-pick">
            <input type="checkbox" checked={roles.includes(r)} onChange={(e) => setInput((v) => ({ ...v, roles: e.target.checked ? [...roles, r] : roles.filter((x) => x !== r) }))} />
            {t(`customerDetail.roles.${r}`)}
          </label>
        ))}
      </fieldset>
      <div className="cd-form-actions">
        <button type="button" className="button" onClick={onCancel}>{t('customerDetail.cancel')}</button>
        <button type="submit" className="button primary" disabled={saving}>{t('customerDetail.contacts.save')}</button>
      </div>
    </form>
  );
};
