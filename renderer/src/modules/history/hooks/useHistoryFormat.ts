import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeReportTemplate } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useGridLookups } from '../../followups/hooks/useGridLookups.ts';
import { useMemberNames } from '../../followups/hooks/useMemberNames.ts';
import type { HistoryFormat } from '../utils/historyFieldText.ts';

/** The grid's lookups with former members' names too, and the report sections' labels; null while loading. */
export const useHistoryFormat = (): HistoryFormat | null => {
  const { t } = useTranslation();
  const lookups = useGridLookups();
  const memberNames = useMemberNames();
  const settings = useTeamSettings();
  return useMemo(() => {
    if (!lookups || !memberNames || !settings) return null;
    const members = new Map([...memberNames].map(([id, name]) => [id, { name }]));
    const template = normalizeReportTemplate(settings.reportTemplate);
    // Sections of earlier template versions too: an old report's change names them.
    const reportFields = [...template.sections, ...template.history.flatMap((v) => v.sections)];
    return { t, lookups: { ...lookups, members }, reportFields };
  }, [t, lookups, memberNames, settings]);
};
