import type { GridColumn, GridLookups, GridRow } from '../grid/gridTypes.ts';

/**
 * The grid's current view, as the exporters take it. Rows and columns come already filtered, sorted
 * and ordered as the user sees them; `columns` are the visible ones with their widths in px. Option
 * lists, member names and the team's UTC offset come from `lookups`.
 */
export type ViewExportInput = {
  rows: readonly GridRow[];
  columns: readonly GridColumn[];
  lookups: GridLookups;
  /** Shown in the printed page header and the workbook's properties, e.g. '销售跟进表 · 我的跟进'. */
  title: string;
  /** The data sheet's tab name (cleaned to Excel's rules); defaults to '销售跟进表'. */
  sheetName?: string;
  /** When the export was made (epoch ms): stamped in the file so the same input gives the same bytes. */
  exportedAt: number;
};

/** Which empty import template to build. */
export type TemplateKind = 'followUps' | 'customers';

/** What a template needs from the team: its option lists, custom fields and member names (a GridLookups fits). */
export type TemplateSettings = Pick<GridLookups, 'options' | 'customFields' | 'members'>;

/** The files the 导入导出 page offers. */
export type ExportFileKind = 'viewXlsx' | 'viewCsv' | 'followUpsTemplate' | 'customersTemplate';
