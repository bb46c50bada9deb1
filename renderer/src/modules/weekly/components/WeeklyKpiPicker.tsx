import { useTranslation } from 'react-i18next';
import type { WeeklyKpiId } from '../../../../../shared/weekly/weeklyKpis.ts';
import type { WeeklyKpiChoice } from '../../../../../shared/weekly/weeklyTemplateDraft.ts';
import { MoveButtons } from '../../settings/components/MoveButtons.tsx';

type Props = {
  kpis: readonly WeeklyKpiChoice[];
  canEdit: boolean;
  onShow: (id: WeeklyKpiId, on: boolean) => void;
  onMove: (id: WeeklyKpiId, step: -1 | 1) => void;
};

/** 表格里的数字: every column the 周报 can show, ticked or not, in the table's order. */
export const WeeklyKpiPicker = ({ kpis, canEdit, onShow, onMove }: Props) => {
  const { t } = useTranslation();
  return (
    <fieldset className="report-template-metric-group weekly-kpi-picker" disabled={!canEdit}>
      <legend>{t('weeklyTemplate.kpisTitle')}</legend>
      <ol>
        {kpis.map((k, i) => {
          const label = t(`weekly.kpis.${k.id}`);
          return (
            <li key={k.id} className={k.on ? 'on' : ''} data-testid="weekly-template-kpi">
              <label>
                <input type="checkbox" checked={k.on} onChange={(e) => onShow(k.id, e.target.checked)} />
                {label}
              </label>
              {canEdit && <MoveButtons label={label} first={i === 0} last={i === kpis.length - 1} onMove={(step) => onMove(k.id, step)} />}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
};
