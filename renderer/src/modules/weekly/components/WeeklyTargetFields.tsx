import { useTranslation } from 'react-i18next';
import { weeklyTargetKpis, type WeeklyTargetKpi } from '../../../../../shared/weekly/weeklyKpis.ts';
import type { WeeklyTemplateDraft } from '../../../../../shared/weekly/weeklyTemplateDraft.ts';

type Props = {
  draft: WeeklyTemplateDraft;
  people: readonly { id: string; name: string }[];
  canEdit: boolean;
  invalid: ReadonlySet<string>;
  onKpi: (kpi: WeeklyTargetKpi) => void;
  onTarget: (memberId: string, text: string) => void;
};

/** 每人周目标: what targets are set in, and one field per rep (15万 or 150000; empty = no target). */
export const WeeklyTargetFields = ({ draft, people, canEdit, invalid, onKpi, onTarget }: Props) => {
  const { t } = useTranslation();
  return (
    <fieldset className="weekly-targets" disabled={!canEdit}>
      <legend>{t('weeklyTemplate.targetsTitle')}</legend>
      <p className="report-template-hint">{t('weeklyTemplate.targetsHint')}</p>
      <label className="weekly-target-kpi">
        {t('weeklyTemplate.targetKpi')}
        <select value={draft.targetKpi} onChange={(e) => onKpi(e.target.value as WeeklyTargetKpi)}>
          {weeklyTargetKpis.map((kpi) => (
            <option key={kpi} value={kpi}>
              {t(`weekly.targetKpis.${kpi}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="weekly-target-list">
        {people.map((p) => (
          <label key={p.id} className="weekly-target">
            <span>{p.name}</span>
            <input
              aria-label={t('weeklyTemplate.targetFor', { name: p.name })}
              aria-invalid={invalid.has(p.id) || undefined}
              placeholder={t('weeklyTemplate.targetPlaceholder')}
              value={draft.targets[p.id] ?? ''}
              onChange={(e) => onTarget(p.id, e.target.value)}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
};
