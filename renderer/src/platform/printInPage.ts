import i18next from 'i18next';
import type { z } from 'zod';
import { printRequestSchema, savePdfRequestSchema, type PrintRequest, type PrintResult, type SavePdfRequest, type SavePdfResult } from '../../../shared/api/apiSchemas.ts';
import { ApiError } from '../../../shared/api/apiError.ts';

/** Two frames: whatever the caller just rendered (a hint) is painted before the print dialog blocks the page. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Checks a request as the dispatcher would for the desktop, so both modes refuse the same arguments. */
const checked = <S extends z.ZodType>(schema: S, value: unknown): z.output<S> => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError({ code: 'badArguments', message: i18next.t('print.badRequest', { reason: parsed.error.issues.map((i) => i.message).join(' ') }) });
  return parsed.data;
};

/**
 * window.print() under a title: the browser prints it in the page header and proposes it as the PDF's
 * file name. window.print() returns when the dialog closes, without saying what the user chose.
 */
const printTitled = (title: string): void => {
  const before = document.title;
  document.title = title;
  try {
    window.print();
  } finally {
    document.title = before;
  }
};

/** window.api.printPage in a browser: its own print dialog (the page's @page rule sets A4 and the orientation). */
export const printInPage = async (request: PrintRequest): Promise<PrintResult> => {
  const { title } = checked(printRequestSchema, request);
  await afterPaint();
  printTitled(title);
  return { outcome: 'browserDialog' };
};

/**
 * window.api.savePdf in a browser: a page may not write files, so it opens the print dialog, where
 * 另存为 PDF saves it under the proposed name; the result says so (printDialog) for the page to explain.
 */
export const savePdfInPage = async (request: SavePdfRequest): Promise<SavePdfResult> => {
  const { fileName } = checked(savePdfRequestSchema, request);
  await afterPaint();
  printTitled(fileName.replace(/\.pdf$/i, ''));
  return { saved: false, printDialog: true };
};
