import type { TFunction } from 'i18next';
import { defaultWeeklySectionTitles, type WeeklySectionId } from '../../../../../shared/weekly/weeklySectionIds.ts';

/** A section's title in the UI language, unless the admin gave it words of their own (周报模板), which are shown as typed. */
export const weeklySectionTitle = (t: TFunction, id: WeeklySectionId, title: string): string =>
  title === defaultWeeklySectionTitles[id] ? t(`weekly.sections.${id}`) : title;
