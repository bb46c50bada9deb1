import { useTranslation } from 'react-i18next';
import type { CustomFieldDef } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';

type Props = {
  live: readonly CustomFieldDef[];
  canEdit: boolean;
  onEdit: (field: CustomFieldDef) => void;
  onMove: (field: CustomFieldDef, step: -1 | 1) => void;
  onArchive: (field: CustomFieldDef) => void;
};

/** The live custom fields of one target, in grid order, with their edit buttons for admins. */
export const CustomFieldTable = ({ live, canEdit, onEdit, onMove, onArchive }: Props) => {
  const { t } = useTranslation();
  if (!live.length) return <p className="muted">{t('settingsFields.noFields')}</p>;
  return (
    <table className="table settings-fields-table">
      <thead>
        <tr>
          <th>{t('settingsFields.order')}</th>
          <th>{t('settingsFields.label')}</th>
          <th>{t('settingsFields.type')}</th>
          <th>{t('settingsFields.options')}</th>
          {canEdit && <th>{t('settingsFields.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {live.map((f, i) => (
          <tr key={f.id} data-testid="custom-field-row">
            <td>{i + 1}</td>
            <td>{f.label}</td>
            <td>{t(`settingsFields.types.${f.type}`)}</td>
            <td>
              {f.options.map((o) => (
                <span key={o} className="settings-fields-chip">
                  {o}
                </span>
              ))}
            </td>
            {canEdit && (
              <td>
                <div className="settings-fields-actions">
                  <button type="button" aria-label={t('settingsFields.moveUp', { label: f.label })} title={t('settingsFields.moveUp', { label: f.label })} disabled={i === 0} onClick={() => onMove(f, -1)}>
                    ↑
                  </button>
                  <button type="button" aria-label={t('settingsFields.moveDown', { label: f.label })} title={t('settingsFields.moveDown', { label: f.label })} disabled={i === live.length - 1} onClick={() => onMove(f, 1)}>
                    ↓
                  </button>
                  <button type="button" aria-label={t('settingsFields.editNamed', { label: f.label })} onClick={() => onEdit(f)}>
                    {t('settingsFields.edit')}
                  </button>
                  <button type="button" aria-label={t('settingsFields.archiveNamed', { label: f.label })} onClick={() => onArchive(f)}>
                    {t('settingsFields.archive')}
                  </button>
                </div>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
};
