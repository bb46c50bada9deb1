import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceInputProblem, withEvidence } from '../../../../../shared/customers/evidenceInput.ts';
import type { AttachmentDoc } from '../../../../../shared/db/schemas/attachmentSchema.ts';
import type { CustomerDoc, EvidenceRecord } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { EvidenceNode } from '../../../../../shared/domain/evidence.ts';
import { useAttachFiles } from '../hooks/useAttachFiles.ts';
import { useSaveCustomer } from '../hooks/useSaveCustomer.ts';
import { AttachmentList } from './AttachmentList.tsx';
import { FileDrop } from './FileDrop.tsx';
import { FormField } from './FormField.tsx';

type Props = { customer: CustomerDoc; node: EvidenceNode; record: EvidenceRecord | undefined; attachments: ReadonlyMap<string, AttachmentDoc> | undefined; today: string; onDone: () => void };

/** Records an evidence node: the day it was reached, a note, and the proof as files (a signed PDF, a bank slip's photo). */
export const EvidenceForm = ({ customer, node, record, attachments, today, onDone }: Props) => {
  const { t } = useTranslation();
  const save = useSaveCustomer(customer.id);
  const attach = useAttachFiles();
  const [reachedAt, setReachedAt] = useState(record?.reachedAt ?? today);
  const [note, setNote] = useState(record?.note ?? '');
  const [kept, setKept] = useState<string[]>(record?.attachmentIds ?? []);
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const label = t(`customerDetail.evidence.nodes.${node}`);
  const write = async (input: Parameters<typeof withEvidence>[2]) => {
    setSaving(true);
    try {
      await save({ evidence: withEvidence(customer.evidence, node, input) });
      onDone();
    } catch (err) {
      setError(t('customerDetail.saveFailed', { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setSaving(false);
    }
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = evidenceInputProblem({ reachedAt, note, attachmentIds: [...kept, ...files.map((f) => f.name)] }, today);
    if (problem) return setError(problem);
    try {
      const added = files.length > 0 ? await attach(files, { type: 'evidence', id: customer.id }) : [];
      await write({ reachedAt, note, attachmentIds: [...kept, ...added] });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const shown = kept.flatMap((id) => attachments?.get(id) ?? []);
  return (
    <form className="cd-form cd-evidence-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('customerDetail.evidence.formTitle', { node: label })}>
      <strong className="wide">{label}</strong>
      <FormField label={t('customerDetail.evidence.date')}>
        <input type="date" max={today} value={reachedAt} onChange={(e) => setReachedAt(e.target.value)} />
      </FormField>
      <FormField label={t('customerDetail.evidence.note')} wide>
        <textarea rows={2} value={note} placeholder={t('customerDetail.evidence.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
      </FormField>
      {shown.length > 0 && <AttachmentList files={shown} onRemove={(id) => setKept((k) => k.filter((x) => x !== id))} />}
      <FileDrop files={files} onChange={setFiles} label={t('customerDetail.evidence.files')} />
      {error && <p className="field-error wide" role="alert">{error}</p>}
      <div className="cd-form-actions">
        {record && <button type="button" className="button danger-text" disabled={saving} onClick={() => void write(null)}>{t('customerDetail.evidence.clear')}</button>}
        <button type="button" className="button" onClick={onDone}>{t('customerDetail.cancel')}</button>
        <button type="submit" className="button primary" disabled={saving}>{saving ? t('customerDetail.saving') : t('customerDetail.save')}</button>
      </div>
    </form>
  );
};
