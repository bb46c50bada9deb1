import type { TFunction } from 'i18next';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { reportSectionLabel } from '../../reports/utils/reportSectionLabel.ts';

export type ShownSection = { id: string; label: string; text: string };

const BUILTIN: Readonly<Record<string, 'problems' | 'solutions' | 'tomorrowPlan' | 'threeThings' | 'customerProgress'>> = {
  problems: 'problems', solutions: 'solutions', tomorrowPlan: 'tomorrowPlan', threeThings: 'threeThings', customerProgress: 'customerProgress',
};

/**
 * The typed sections of a report that hold text, in the team template's order, each with its label
 * (built-in ones translated, custom ones as the admin named them, in any template version).
 */
export const sectionsShown = (sections: Readonly<Record<string, string>>, template: TeamSettingsDoc['reportTemplate'] | undefined, t: TFunction): ShownSection[] => {
  const versions = [template, ...(template?.history ?? [])];
  const order = versions.flatMap((v) => v?.sections ?? []);
  // As the report page names them: a built-in section renamed by the admin (明日重点) keeps the admin's name.
  const labelOf = (id: string): string => {
    const section = order.find((s) => s.id === id);
    if (section) return reportSectionLabel(t, section);
    const builtin = BUILTIN[id];
    return builtin ? t(`teamReports.sections.${builtin}`) : id;
  };
  const rank = (id: string) => {
    const i = order.findIndex((s) => s.id === id);
    return i === -1 ? order.length : i;
  };
  return Object.entries(sections)
    .filter(([, text]) => text.trim() !== '')
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([id, text]) => ({ id, label: labelOf(id), text }));
};
