import { useTranslation } from 'react-i18next';
import { reportMetricDef, type ReportMetricDef, type ReportMetricId } from '../../../../../shared/reports/reportMetricCatalog.ts';
import type { ReportMetricChoice } from '../../../../../shared/reports/reportTemplateDraft.ts';
import { MoveButtons } from './MoveButtons.tsx';

type Props = {
  metrics: readonly ReportMetricChoice[];
  canEdit: boolean;
  onShow: (id: ReportMetricId, on: boolean) => void;
  onMove: (id: ReportMetricId, step: -1 | 1) => void;
};

const groups: readonly ReportMetricDef['group'][] = ['stage', 'method'];

/** 自动算出的数字: every number the report can show, ticked or not, in report order within its group. */
export const ReportMetricPicker = ({ metrics, canEdit, onShow, onMove }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="report-template-metrics">
      {groups.map((group) => {
        const items = metrics.filter((m) => reportMetricDef(m.id)?.group === group);
        return (
          <fieldset key={group} className="report-template-metric-group" disabled={!canEdit}>
            <legend>{t(`reportTemplate.groups.${group}`)}</legend>
            <ol>
              {items.map((m, i) => {
                const label = t(`dailyReport.metrics.${m.id}`);
                return (
                  <li key={m.id} className={m.on ? 'on' : ''} data-testid="template-metric">
                    <label>
                      <input type="checkbox" checked={m.on} onChange={(e) => onShow(m.id, e.target.checked)} />
                      {label}
                    </label>
                    {canEdit && <MoveButtons label={label} first={i === 0} last={i === items.length - 1} onMove={(step) => onMove(m.id, step)} />}
                  </li>
                );
              })}
            </ol>
          </fieldset>
        );
      })}
    </div>
  );
};
