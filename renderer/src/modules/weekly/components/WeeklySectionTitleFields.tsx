import { useTranslation } from 'react-i18next';
import { weeklySectionIds, type WeeklySectionId } from '../../../../../shared/weekly/weeklySectionIds.ts';

type Props = {
  titles: Readonly<Record<WeeklySectionId, string>>;
  canEdit: boolean;
  invalid: ReadonlySet<string>;
  onChange: (id: WeeklySectionId, text: string) => void;
};

/** 栏目标题: the three sections under each rep, renamed as the team likes (风险与求助…). */
export const WeeklySectionTitleFields = ({ titles, canEdit, invalid, onChange }: Props) => {
  const { t } = useTranslation();
  return (
    <fieldset className="weekly-titles" disabled={!canEdit}>
      <legend>{t('weeklyTemplate.sectionsTitle')}</legend>
      {weeklySectionIds.map((id) => (
        <label key={id} className="weekly-title">
          <span>{t(`weekly.sections.${id}`)}</span>
          <input
            aria-label={t('weeklyTemplate.sectionTitleFor', { name: t(`weekly.sections.${id}`) })}
            aria-invalid={invalid.has(id) || undefined}
            value={titles[id]}
            onChange={(e) => onChange(id, e.target.value)}
          />
        </label>
      ))}
    </fieldset>
  );
};
