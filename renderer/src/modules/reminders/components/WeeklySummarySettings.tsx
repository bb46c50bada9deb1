import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import { parseReportDeadline } from '../../../../../shared/reports/parseReportDeadline.ts';
import { normalizeWeeklySummaryAt, type WeeklySummaryAt } from '../../../../../shared/weekly/weeklySummarySchedule.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';

type Props = { settings: TeamSettingsDoc; canEdit: boolean };
type Message = { error: boolean; text: string } | null;

/** Monday first, as the week is counted; Sunday stored as 0 (the schema's range). */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/**
 * 团队设置 → 提醒 → 周报自动生成 (managers and admins): when their desktops prepare the 周报 and notify —
 * 「每周一 08:30 生成上周周报」. Admins pick the weekday and type the time (08:30, 8:30 or a Chinese IME's
 * full-width １７：００ all read); 保存 writes the team setting, which syncs to every desktop.
 */
export const WeeklySummarySettings = ({ settings, canEdit }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const writer = useWriter();
  const stored = normalizeWeeklySummaryAt(settings.weeklySummaryAt);
  const [weekday, setWeekday] = useState(stored.weekday);
  const [time, setTime] = useState(stored.time);
  const [message, setMessage] = useState<Message>(null);
  const summary = (at: WeeklySummaryAt) =>
    t('weeklySummary.settings.summary', {
      weekday: t(`weeklySummary.settings.weekdays.${String(at.weekday) as '1'}`),
      time: at.time,
      which: t((at.weekday + 6) % 7 >= 4 ? 'weeklySummary.settings.thisWeek' : 'weeklySummary.settings.lastWeek'),
    });
  const save = async () => {
    const parsed = parseReportDeadline(time);
    if (!parsed) return setMessage({ error: true, text: t('weeklySummary.settings.timeFormat') });
    try {
      const doc = await db.teamsettings.findOne(settings.id).exec();
      if (doc) await patchStamped(doc, { weeklySummaryAt: { weekday, time: parsed } }, writer);
      setTime(parsed);
      setMessage({ error: false, text: t('weeklySummary.settings.saved', { summary: summary({ weekday, time: parsed }) }) });
    } catch (err) {
      setMessage({ error: true, text: t('weeklySummary.settings.saveFailed', { reason: err instanceof Error ? err.message : String(err) }) });
    }
  };
  const edit = (apply: () => void) => (apply(), setMessage(null));
  return (
    <section className="weekly-summary-settings" data-testid="weekly-summary-settings" aria-labelledby="weekly-summary-title">
      <h3 id="weekly-summary-title">{t('weeklySummary.settings.title')}</h3>
      <p className="weekly-summary-current" data-testid="weekly-summary-current">
        {summary(stored)}
      </p>
      <p className="reminder-hint">{t('weeklySummary.settings.hint')}</p>
      {canEdit ? (
        <div className="inline-form">
          <label>
            <span>{t('weeklySummary.settings.weekday')}</span>
            <select value={weekday} onChange={(e) => edit(() => setWeekday(Number(e.target.value)))}>
              {WEEKDAYS.map((d) => (
                <option key={d} value={d}>
                  {t(`weeklySummary.settings.weekdays.${String(d) as '1'}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('weeklySummary.settings.time')}</span>
            <input value={time} inputMode="numeric" maxLength={8} size={6} aria-invalid={message?.error || undefined} onChange={(e) => edit(() => setTime(e.target.value))} />
          </label>
          <button type="button" className="button" onClick={() => void save()}>
            {t('weeklySummary.settings.save')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('weeklySummary.settings.readOnly')}</p>
      )}
      {message && (
        <p className={message.error ? 'field-error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
};
