import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { checkWeeklyTemplateDraft } from '../../../../../shared/weekly/checkWeeklyTemplateDraft.ts';
import { moveKpi, setKpiShown, setSectionTitle, setTarget, setTargetKpi } from '../../../../../shared/weekly/weeklyTemplateDraft.ts';
import { FormErrors } from '../../settings/components/FormErrors.tsx';
import { PanelNoteLine } from '../../settings/components/PanelNoteLine.tsx';
import type { PanelNote } from '../../settings/utils/panelNote.ts';
import { useAllMembers } from '../hooks/useAllMembers.ts';
import { useSaveWeeklyTemplate } from '../hooks/useSaveWeeklyTemplate.ts';
import { useWeeklyTemplateDraft } from '../hooks/useWeeklyTemplateDraft.ts';
import { weeklyTemplateIssueText } from '../utils/weeklyTemplateIssueText.ts';
import { WeeklyKpiPicker } from './WeeklyKpiPicker.tsx';
import { WeeklySectionTitleFields } from './WeeklySectionTitleFields.tsx';
import { WeeklyTargetFields } from './WeeklyTargetFields.tsx';
import '../weekly.css';

/**
 * 团队设置 → 周报模板: the columns of the weekly table and their order, each rep's weekly target, and the
 * three section titles, edited as a draft and written by 保存 in one stamped write. Admins edit; everyone
 * else sees it read-only.
 */
export const WeeklyTemplatePanel = ({ settings, canEdit }: { settings: TeamSettingsDoc; canEdit: boolean }) => {
  const { t } = useTranslation();
  const { draft, dirty, apply, discard } = useWeeklyTemplateDraft(settings);
  const members = useAllMembers();
  // Active reps, and anyone else who already has a target (so it can be seen and cleared).
  const people = useMemo(
    () => (members ?? []).filter((m) => (m.role === 'rep' && m.active && !m.trashed) || draft.targets[m.id] !== undefined).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    [members, draft.targets],
  );
  const names = useMemo(() => new Map((members ?? []).map((m) => [m.id, m.name])), [members]);
  const save = useSaveWeeklyTemplate(names);
  const [checking, setChecking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<PanelNote | null>(null);
  // Once a save was refused, the problems follow the edits live, so each fix clears its message.
  const checked = checking ? checkWeeklyTemplateDraft(draft) : null;
  const issues = checked && !checked.ok ? checked.issues : [];
  const invalid = new Set(issues.flatMap((i) => ('memberId' in i ? [i.memberId] : 'sectionId' in i ? [i.sectionId] : [])));
  const edit: typeof apply = (change) => (apply(change), setNote(null));

  const onSave = async () => {
    setNote(null);
    if (!checkWeeklyTemplateDraft(draft).ok) return setChecking(true);
    setBusy(true);
    const outcome = await save(draft);
    setBusy(false);
    setNote(outcome.note);
    if (!outcome.saved) return;
    discard();
    setChecking(false);
  };

  return (
    <section className="card settings-fields-panel weekly-template-panel" aria-labelledby="weekly-template-title" data-testid="weekly-template-panel">
      <h2 id="weekly-template-title">{t('weeklyTemplate.title')}</h2>
      <p className="form-intro">{t('weeklyTemplate.hint')}</p>
      {!canEdit && <p className="muted">{t('weeklyTemplate.readOnly')}</p>}
      <div className="weekly-template-layout">
        <div>
          <p className="report-template-hint">{t('weeklyTemplate.kpisHint')}</p>
          <WeeklyKpiPicker kpis={draft.kpis} canEdit={canEdit} onShow={(id, on) => edit((d) => setKpiShown(d, id, on))} onMove={(id, step) => edit((d) => moveKpi(d, id, step))} />
        </div>
        <div>
          <WeeklyTargetFields draft={draft} people={people} canEdit={canEdit} invalid={invalid} onKpi={(kpi) => edit((d) => setTargetKpi(d, kpi))} onTarget={(id, text) => edit((d) => setTarget(d, id, text))} />
          <WeeklySectionTitleFields titles={draft.sectionTitles} canEdit={canEdit} invalid={invalid} onChange={(id, text) => edit((d) => setSectionTitle(d, id, text))} />
        </div>
      </div>
      {canEdit && (
        <div className="report-template-footer">
          <FormErrors errors={[...new Set(issues.map((i) => weeklyTemplateIssueText(t, i, draft, names)))]} />
          <div className="report-template-save-row">
            {dirty && <span className="report-template-dirty">{t('weeklyTemplate.unsaved')}</span>}
            {dirty && (
              <button type="button" className="button" onClick={() => (discard(), setChecking(false), setNote(null))}>
                {t('weeklyTemplate.discard')}
              </button>
            )}
            <button type="button" className="button primary" disabled={busy} onClick={() => void onSave()}>
              {busy ? t('weeklyTemplate.saving') : t('weeklyTemplate.save')}
            </button>
          </div>
          <PanelNoteLine note={note} />
        </div>
      )}
    </section>
  );
};
