import type { ExportFileKind } from './exportTypes.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_MIME = 'text/csv;charset=utf-8';

/** The MIME type to hand a download of an export (e.g. to renderer's downloadBytes). */
export const exportMime = (kind: ExportFileKind): string => (kind === 'viewCsv' ? CSV_MIME : XLSX_MIME);
