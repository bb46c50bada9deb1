import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderPrefs } from '../../../../../shared/reminders/reminderPrefs.ts';
import { managerReminderCategories, reminderCategories, type ReminderCategory } from '../../../../../shared/reminders/reminderTypes.ts';
import { canWrite } from '../../../../../shared/sync/canWrite.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useAppInfo } from '../../../platform/useAppInfo.ts';
import { useReminderPrefs } from '../hooks/useReminderPrefs.ts';
import { NotificationPermissionLine } from './NotificationPermissionLine.tsx';
import { WeeklySummarySettings } from './WeeklySummarySettings.tsx';

/** 团队设置 → 提醒: everyone's own switches per category (this desktop only), and in a browser the permission to notify. */
export const ReminderSettingsPanel = () => {
  const { t } = useTranslation();
  const { memberId } = useProfile();
  const [prefs, setMuted] = useReminderPrefs(memberId);
  const web = useAppInfo()?.mode === 'web';
  const settings = useTeamSettings();
  const role = useMembers()?.find((m) => m.id === memberId)?.role;
  const [error, setError] = useState('');
  // A click shows at once; the stored settings take over when they next arrive (or the write fails).
  const [clicked, setClicked] = useState<{ from: ReminderPrefs | undefined; on: Partial<Record<ReminderCategory, boolean>> }>({ from: undefined, on: {} });
  const isOn = (category: ReminderCategory) => (clicked.from === prefs ? clicked.on[category] : undefined) ?? (!!prefs && !prefs.muted.includes(category));
  const toggle = (category: ReminderCategory, on: boolean) => {
    setError('');
    setClicked((c) => ({ from: prefs, on: { ...(c.from === prefs ? c.on : {}), [category]: on } }));
    setMuted(category, !on).catch((e: unknown) => {
      setClicked({ from: undefined, on: {} });
      setError(t('reminders.panel.saveFailed', { reason: e instanceof Error ? e.message : String(e) }));
    });
  };
  return (
    <div className="card reminder-panel" data-testid="reminder-settings">
      <h2>{t('reminders.panel.title')}</h2>
      <p className="form-intro">{t('reminders.panel.intro')}</p>
      <ul className="reminder-categories">
        {reminderCategories.filter((category) => role !== 'rep' || !managerReminderCategories.includes(category)).map((category) => (
          <li key={category}>
            <label>
              <input type="checkbox" disabled={!prefs} checked={isOn(category)} onChange={(e) => toggle(category, e.target.checked)} />
              <span className="reminder-category">{t(`reminders.panel.categories.${category}`)}</span>
              <span className="reminder-hint">{t(`reminders.panel.hints.${category}`)}</span>
            </label>
          </li>
        ))}
      </ul>
      {web ? <NotificationPermissionLine /> : null}
      {/* The 周报 summary reaches managers and admins; admins set when (a team setting, as the hub's write rule has it). */}
      {settings && role && role !== 'rep' ? <WeeklySummarySettings key={`${settings.weeklySummaryAt.weekday}-${settings.weeklySummaryAt.time}`} settings={settings} canEdit={canWrite('teamsettings', { memberId, role }, undefined, {})} /> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </div>
  );
};
