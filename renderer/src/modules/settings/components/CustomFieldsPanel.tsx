import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDef, TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import type { CustomFieldDraft } from '../../../../../shared/domain/customFieldDraft.ts';
import { fieldsInOrder } from '../../../../../shared/domain/customFieldEdits.ts';
import { useCustomFieldActions } from '../hooks/useCustomFieldActions.ts';
import { useSaveCustomField } from '../hooks/useSaveCustomField.ts';
import type { PanelNote } from '../utils/panelNote.ts';
import { ArchivedFieldList } from './ArchivedFieldList.tsx';
import { CustomFieldForm } from './CustomFieldForm.tsx';
import { CustomFieldTable } from './CustomFieldTable.tsx';
import { PanelNoteLine } from './PanelNoteLine.tsx';

type Target = CustomFieldDef['target'];
const targets: readonly Target[] = ['followUp', 'customer'];
type Editing = { field?: CustomFieldDef } | null;

/** 自定义字段: the team's extra columns per target, added, renamed, reordered and archived by admins. */
export const CustomFieldsPanel = ({ settings, canEdit }: { settings: TeamSettingsDoc; canEdit: boolean }) => {
  const { t } = useTranslation();
  const actions = useCustomFieldActions(settings);
  const saveField = useSaveCustomField(settings);
  const [target, setTarget] = useState<Target>('followUp');
  const [editing, setEditing] = useState<Editing>(null);
  const [note, setNote] = useState<PanelNote | null>(null);
  const { live, archived } = fieldsInOrder(settings.customFields, target);
  const save = async (draft: CustomFieldDraft) => {
    const result = await saveField(draft, target, editing?.field);
    if (!result.ok) return result.errors;
    setNote(result.note);
    if (!result.note.error) setEditing(null);
    return null;
  };
  const run = (action: Promise<PanelNote | null>) => void action.then(setNote);
  const switchTo = (next: Target) => (setTarget(next), setEditing(null), setNote(null));
  return (
    <section className="card settings-fields-panel" aria-labelledby="settings-fields-title" data-testid="custom-fields-panel">
      <header className="settings-fields-header">
        <h2 id="settings-fields-title">{t('settingsFields.fieldsTitle')}</h2>
        {canEdit && !editing && (
          <button type="button" className="button primary" onClick={() => (setEditing({}), setNote(null))}>
            {t('settingsFields.addField')}
          </button>
        )}
      </header>
      <p className="form-intro">{t('settingsFields.fieldsHint')}</p>
      {!canEdit && <p className="muted">{t('settingsFields.readOnly')}</p>}
      <div className="settings-fields-tabs" role="tablist">
        {targets.map((tg) => (
          <button key={tg} type="button" role="tab" aria-selected={tg === target} className={tg === target ? 'active' : ''} onClick={() => switchTo(tg)}>
            {t(`settingsFields.targets.${tg}`)}
          </button>
        ))}
      </div>
      {editing && <CustomFieldForm key={editing.field?.id ?? 'new'} {...(editing.field ? { field: editing.field } : {})} onSave={save} onCancel={() => setEditing(null)} />}
      <CustomFieldTable
        live={live}
        canEdit={canEdit}
        onEdit={(field) => (setEditing({ field }), setNote(null))}
        onMove={(field, step) => run(actions.move(field, step))}
        onArchive={(field) => (editing?.field?.id === field.id && setEditing(null), run(actions.archive(field)))}
      />
      <ArchivedFieldList archived={archived} canEdit={canEdit} onRestore={(field) => run(actions.restore(field))} />
      <PanelNoteLine note={note} />
    </section>
  );
};
