import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactsPatch } from '../../../../../shared/customers/contactInput.ts';
import type { Contact, CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import { useSaveCustomer } from '../hooks/useSaveCustomer.ts';
import { ContactForm } from './ContactForm.tsx';

/** 联系人 with their decision-chain roles and how to reach them; the owner adds, edits and removes them. */
export const ContactsCard = ({ customer, canEdit }: { customer: CustomerDoc; canEdit: boolean }) => {
  const { t } = useTranslation();
  const save = useSaveCustomer(customer.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState('');
  const write = async (contacts: Contact[]) => {
    try {
      await save(contactsPatch(customer, contacts));
      setEditing(null);
      setError('');
    } catch (err) {
      setError(t('customerDetail.saveFailed', { reason: err instanceof Error ? err.message : String(err) }));
    }
  };
  const upsert = (c: Contact) => write(customer.contacts.some((k) => k.id === c.id) ? customer.contacts.map((k) => (k.id === c.id ? c : k)) : [...customer.contacts, c]);
  const remove = (c: Contact) => {
    if (window.confirm(t('customerDetail.contacts.confirmRemove', { name: c.name }))) void write(customer.contacts.filter((k) => k.id !== c.id));
  };
  return (
    <section className="card cd-card" aria-labelledby="cd-contacts" data-testid="customer-contacts">
      <header className="cd-card-head">
        <h2 id="cd-contacts">{t('customerDetail.contacts.title', { count: customer.contacts.length })}</h2>
        {canEdit && editing === null && (
          <button type="button" className="link-button" onClick={() => setEditing('')}>{t('customerDetail.contacts.add')}</button>
        )}
      </header>
      {customer.contacts.length === 0 && editing !== '' && <p className="cd-empty">{t('customerDetail.contacts.empty')}</p>}
      <ul className="cd-contacts">
        {customer.contacts.map((c) =>
          editing === c.id ? (
            <li key={c.id}><ContactForm contact={c} onSave={upsert} onCancel={() => setEditing(null)} /></li>
          ) : (
            <li key={c.id} className="cd-contact" data-testid="contact">
              <div className="cd-contact-head">
                <strong>{c.name}</strong>
                {c.title && <span className="cd-muted">{c.title}</span>}
                {c.roles.map((r) => <span key={r} className={`cd-role role-${r}`}>{t(`customerDetail.roles.${r}`)}</span>)}
              </div>
              <div className="cd-contact-ways">
                {c.phone && <span>{t('customerDetail.contacts.phoneShort', { phone: c.phone })}</span>}
                {c.wechat && <span>{t('customerDetail.contacts.wechatShort', { wechat: c.wechat })}</span>}
                {c.email && <span>{t('customerDetail.contacts.emailShort', { email: c.email })}</span>}
              </div>
              {c.note && <p className="cd-muted">{c.note}</p>}
              {canEdit && (
                <div className="cd-row-actions">
                  <button type="button" className="link-button" onClick={() => setEditing(c.id)}>{t('customerDetail.edit')}</button>
                  <button type="button" className="link-button danger" onClick={() => remove(c)}>{t('customerDetail.remove')}</button>
                </div>
              )}
            </li>
          ),
        )}
        {editing === '' && <li><ContactForm contact={null} onSave={upsert} onCancel={() => setEditing(null)} /></li>}
      </ul>
      {error && <p className="field-error" role="alert">{error}</p>}
    </section>
  );
};
