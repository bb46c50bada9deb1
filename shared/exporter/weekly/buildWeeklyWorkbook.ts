import { excel } from '../excel.ts';
import { addWeeklyDetailSheet } from './addWeeklyDetailSheet.ts';
import { addWeeklySheet } from './addWeeklySheet.ts';
import { weekLine, weeklyTitle } from './addWeeklyTitle.ts';
import type { WeeklyWorkbookInput } from './weeklyWorkbookTypes.ts';

/**
 * The printed 周报 as an .xlsx: sheet 周报 (title block, the per-rep table, charts, sections) and sheet
 * 跟进明细 (the week's follow-ups per rep), both print-ready on A4 landscape. Written with exceljs's
 * in-memory writer, since the streaming one cannot hold pictures.
 */
export const buildWeeklyWorkbook = async (input: WeeklyWorkbookInput): Promise<Uint8Array> => {
  const book = excel.createWorkbook(input.madeAt, `${weeklyTitle(input.company)} ${weekLine(input)}`);
  addWeeklySheet(book, input);
  addWeeklyDetailSheet(book, input);
  return excel.writeXlsx(book);
};
