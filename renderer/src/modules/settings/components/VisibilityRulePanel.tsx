import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { useEditTeamSettings } from '../hooks/useEditTeamSettings.ts';

type Props = { settings: TeamSettingsDoc; canEdit: boolean };

/** 团队设置 → 数据可见范围: the admin's switch for 销售只看自己的客户 (the hub filters what each rep receives). */
export const VisibilityRulePanel = ({ settings, canEdit }: Props) => {
  const { t } = useTranslation();
  const edit = useEditTeamSettings();
  const [saved, setSaved] = useState(false);
  const on = settings.repsSeeOwnOnly === true;
  const toggle = async (next: boolean) => {
    await edit((current) => (current.repsSeeOwnOnly === next ? null : { repsSeeOwnOnly: next }));
    setSaved(true);
  };
  return (
    <div className="card visibility-panel">
      <h2>{t('visibility.title')}</h2>
      <label className="visibility-rule">
        <input type="checkbox" checked={on} disabled={!canEdit} onChange={(e) => void toggle(e.target.checked)} />
        <strong>{t('visibility.rule')}</strong>
      </label>
      <p className="form-intro">{t('visibility.ruleHint')}</p>
      <p className="muted" role="status">
        {saved ? t('visibility.saved') : on ? t('visibility.ruleOn') : t('visibility.ruleOff')}
      </p>
      {!canEdit && <p className="muted">{t('visibility.adminOnly')}</p>}
    </div>
  );
};
