import { gridColumns } from '../grid/followUpColumns.ts';
import type { GridColumn } from '../grid/gridTypes.ts';
import { customerTemplateColumns } from './customerTemplateColumns.ts';
import type { TemplateKind, TemplateSettings } from './exportTypes.ts';

/** A template's columns: every column the grid has (built-in and the team's custom fields), in order. */
export const templateColumns = (kind: TemplateKind, settings: Pick<TemplateSettings, 'customFields'>): GridColumn[] =>
  kind === 'followUps' ? gridColumns(settings.customFields) : customerTemplateColumns(settings.customFields);
