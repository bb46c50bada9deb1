import { useTranslation } from 'react-i18next';
import type { CustomFieldDef } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';

type Props = { archived: readonly CustomFieldDef[]; canEdit: boolean; onRestore: (field: CustomFieldDef) => void };

/** Archived fields: out of the grid, data kept; admins can bring them back. */
export const ArchivedFieldList = ({ archived, canEdit, onRestore }: Props) => {
  const { t } = useTranslation();
  if (!archived.length) return null;
  return (
    <div className="settings-fields-archived">
      <h3>{t('settingsFields.archivedList', { count: archived.length })}</h3>
      <ul>
        {archived.map((f) => (
          <li key={f.id} data-testid="archived-field">
            <span>{f.label}</span>
            <span className="muted">{t(`settingsFields.types.${f.type}`)}</span>
            {canEdit && (
              <button type="button" className="settings-fields-link" aria-label={t('settingsFields.restoreNamed', { label: f.label })} onClick={() => onRestore(f)}>
                {t('settingsFields.restore')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
};
