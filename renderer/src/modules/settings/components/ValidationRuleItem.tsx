import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSettingsDoc, ValidationRule } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { ruleSummary } from '../utils/ruleSummary.ts';

type Props = {
  rule: ValidationRule;
  settings: TeamSettingsDoc;
  broken: boolean;
  canEdit: boolean;
  onToggle: () => void;
  onEdit: () => void;
  onDelete: () => void;
};

/** One rule in words with its on/off switch; deleting asks for a second click. */
export const ValidationRuleItem = ({ rule, settings, broken, canEdit, onToggle, onEdit, onDelete }: Props) => {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { when, requires } = ruleSummary(t, rule, settings);
  return (
    <li className={`settings-fields-rule${rule.enabled ? '' : ' off'}`} data-testid="validation-rule">
      <input type="checkbox" role="switch" className="settings-fields-switch" checked={rule.enabled} disabled={!canEdit} aria-label={t('settingsFields.enableRule', { message: rule.message })} onChange={onToggle} />
      <div className="settings-fields-rule-text">
        <strong>{rule.message}</strong>
        <span>
          {when}
          <span className="settings-fields-arrow">→</span>
          {requires}
        </span>
        {broken && <span className="settings-fields-warn">{t('settingsFields.ruleBroken')}</span>}
      </div>
      {canEdit && (
        <div className="settings-fields-actions">
          <button type="button" aria-label={t('settingsFields.editRuleNamed', { message: rule.message })} onClick={onEdit}>
            {t('settingsFields.edit')}
          </button>
          {confirming ? (
            <button type="button" className="danger" onClick={onDelete} onBlur={() => setConfirming(false)} autoFocus>
              {t('settingsFields.confirmDelete', { message: rule.message })}
            </button>
          ) : (
            <button type="button" aria-label={t('settingsFields.deleteRuleNamed', { message: rule.message })} onClick={() => setConfirming(true)}>
              {t('settingsFields.deleteRule')}
            </button>
          )}
        </div>
      )}
    </li>
  );
};
