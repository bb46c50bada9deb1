import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';

/** Admins rename the team; the change syncs to every desktop. */
export const TeamNameEditor = ({ settings }: { settings: TeamSettingsDoc }) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const writer = useWriter();
  const [name, setName] = useState(settings.teamName);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 60) return setMessage({ error: true, text: t('pages.settings.teamNameRequired') });
    const doc = await db.teamsettings.findOne(settings.id).exec();
    if (doc) await patchStamped(doc, { teamName: trimmed }, writer);
    setMessage({ error: false, text: t('pages.settings.saved') });
  };
  return (
    <div className="inline-form">
      <input aria-label={t('pages.settings.editTeamName')} value={name} onChange={(e) => (setName(e.target.value), setMessage(null))} />
      <button type="button" className="button" onClick={() => void save()}>
        {t('pages.settings.save')}
      </button>
      {message && <span className={message.error ? 'field-error' : 'muted'} role={message.error ? 'alert' : 'status'}>{message.text}</span>}
    </div>
  );
};
