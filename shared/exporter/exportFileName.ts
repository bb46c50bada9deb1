import type { CalendarDate } from '../domain/calendarDate.ts';
import type { ExportFileKind } from './exportTypes.ts';

const baseNames: Record<ExportFileKind, string> = {
  viewXlsx: '销售跟进表',
  viewCsv: '销售跟进表',
  followUpsTemplate: '跟进记录导入模板',
  customersTemplate: '客户导入模板',
};

/** Characters Windows, macOS or a browser's download refuse in a file name (control characters too). */
const unsafe = /[\\/:*?"<>|]/g;
const noControls = (text: string): string => [...text].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');

/**
 * The file name offered for an export, e.g. 销售跟进表_2026-11-23.xlsx, or with the saved view's name,
 * 销售跟进表_我的跟进_2026-11-23.xlsx. `date` is the team's calendar date of the export.
 */
export const exportFileName = (kind: ExportFileKind, date: CalendarDate, viewName = ''): string => {
  const view = [...noControls(viewName).replace(unsafe, ' ').replace(/\s+/g, ' ').trim()].slice(0, 40).join('').trim();
  const ext = kind === 'viewCsv' ? 'csv' : 'xlsx';
  const parts = [baseNames[kind], ...(view && (kind === 'viewXlsx' || kind === 'viewCsv') ? [view] : []), date];
  return `${parts.join('_')}.${ext}`;
};
