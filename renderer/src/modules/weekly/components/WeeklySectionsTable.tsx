import { useTranslation } from 'react-i18next';
import type { WeeklyTemplateModel } from '../../../../../shared/weekly/normalizeWeeklyTemplate.ts';
import type { WeeklyRepReport } from '../../../../../shared/weekly/weeklyReportTypes.ts';
import { weeklySectionIds } from '../../../../../shared/weekly/weeklySectionIds.ts';
import { weeklySectionTitle } from '../utils/weeklySectionTitle.ts';
import { WeeklySectionCells } from './WeeklySectionCells.tsx';

/** Under the numbers: each rep's summary, problems and plan for next week, under the template's titles. */
export const WeeklySectionsTable = ({ reps, template }: { reps: readonly WeeklyRepReport[]; template: WeeklyTemplateModel }) => {
  const { t } = useTranslation();
  return (
    <section className="card weekly-sections" aria-labelledby="weekly-sections-title">
      <h2 id="weekly-sections-title">{t('weekly.sectionsTitle')}</h2>
      <p className="muted weekly-hint">{t('weekly.sectionsHint')}</p>
      <table className="table" data-testid="weekly-sections">
        <thead>
          <tr>
            <th scope="col">{t('weekly.name')}</th>
            {weeklySectionIds.map((id) => (
              <th key={id} scope="col">
                {weeklySectionTitle(t, id, template.sectionTitles[id])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {reps.map((rep) => (
            <tr key={rep.memberId} data-member={rep.memberId}>
              <th scope="row">{rep.name}</th>
              <WeeklySectionCells sections={rep.sections} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
