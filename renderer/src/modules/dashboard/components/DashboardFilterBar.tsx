import { useTranslation } from 'react-i18next';
import type { PeriodPreset } from '../../../../../shared/dashboard/dashboardPeriod.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import type { OptionItem } from '../../../../../shared/domain/options.ts';
import type { DashboardFilterState } from '../hooks/useDashboardFilter.ts';

type Props = { state: DashboardFilterState; members: readonly Pick<MemberDoc, 'id' | 'name' | 'role'>[]; sources: readonly OptionItem[] };

const presets: readonly PeriodPreset[] = ['thisWeek', 'lastWeek', 'thisMonth', 'custom'];

/** 期间 (本周 / 上周 / 本月 / 自定义 with two dates), 成员 (fixed to themselves for reps) and 来源渠道. */
export const DashboardFilterBar = ({ state, members, sources }: Props) => {
  const { t } = useTranslation();
  const { choice, filter, locked, change } = state;
  const pick = (preset: PeriodPreset) =>
    change(preset === 'custom' ? { preset, custom: { from: filter.period.from, to: filter.period.to } } : { preset });
  return (
    <div className="dashboard-filters" role="toolbar" aria-label={t('dashboard.filters.label')}>
      <div className="dashboard-periods" role="group" aria-label={t('dashboard.filters.period')}>
        {presets.map((p) => (
          <button key={p} type="button" aria-pressed={choice.preset === p} className={choice.preset === p ? 'active' : ''} onClick={() => pick(p)}>
            {t(`dashboard.filters.${p}`)}
          </button>
        ))}
      </div>
      {choice.preset === 'custom' && (
        <div className="dashboard-dates">
          <input type="date" aria-label={t('dashboard.filters.from')} value={choice.custom.from} max={choice.custom.to} onChange={(e) => e.target.value && change({ custom: { ...choice.custom, from: e.target.value } })} />
          <span aria-hidden="true">–</span>
          <input type="date" aria-label={t('dashboard.filters.to')} value={choice.custom.to} min={choice.custom.from} onChange={(e) => e.target.value && change({ custom: { ...choice.custom, to: e.target.value } })} />
        </div>
      )}
      <label className="dashboard-select">
        <span>{t('dashboard.filters.member')}</span>
        <select aria-label={t('dashboard.filters.member')} value={filter.memberId ?? ''} disabled={locked} title={locked ? t('dashboard.filters.locked') : undefined} onChange={(e) => change({ memberId: e.target.value || null })}>
          <option value="">{t('dashboard.filters.allMembers')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>{t('dashboard.filters.memberOption', { name: m.name, role: t(`roles.${m.role}`) })}</option>
          ))}
        </select>
      </label>
      <label className="dashboard-select">
        <span>{t('dashboard.filters.source')}</span>
        <select aria-label={t('dashboard.filters.source')} value={filter.sourceId ?? ''} onChange={(e) => change({ sourceId: e.target.value || null })}>
          <option value="">{t('dashboard.filters.allSources')}</option>
          {sources.filter((s) => !s.archived).map((s) => (
            <option key={s.id} value={s.id}>{s.label}</option>
          ))}
        </select>
      </label>
    </div>
  );
};
