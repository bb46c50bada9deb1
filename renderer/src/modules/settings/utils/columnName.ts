import type { TFunction } from 'i18next';
import type { CustomFieldDef } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { CUSTOM_PREFIX, builtInColumns } from '../../../../../shared/grid/followUpColumns.ts';

/**
 * The name people read for a grid column id, built-in (translated) or custom, archived ones marked.
 * Falls back to the id, so a rule pointing at something gone still shows what it pointed at.
 */
export const columnName = (t: TFunction, id: string, customFields: readonly CustomFieldDef[]): string => {
  const builtIn = builtInColumns.find((c) => c.id === id);
  if (builtIn) return builtIn.labelKey ? t(builtIn.labelKey as never) : builtIn.label;
  const custom = id.startsWith(CUSTOM_PREFIX) ? customFields.find((f) => f.id === id.slice(CUSTOM_PREFIX.length)) : undefined;
  if (!custom) return id;
  return custom.archived ? `${custom.label} (${t('settingsFields.archivedTag')})` : custom.label;
};
