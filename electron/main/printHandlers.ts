import { join } from 'node:path';
import type { PrintRequest, PrintResult, SavePdfRequest, SavePdfResult } from '../../shared/api/apiSchemas.ts';
import { withPdfExtension } from '../../shared/print/pdfFileName.ts';

/** The part of Electron's `webContents.print` options we set (same names and meaning). */
export type PrintOptions = {
  silent: boolean;
  printBackground: boolean;
  pageSize: 'A4';
  landscape: boolean;
  margins: { marginType: 'default' };
  header: string;
};

/** The part of Electron's `webContents.printToPDF` options we set; margins in inches. */
export type PdfOptions = {
  pageSize: 'A4';
  landscape: boolean;
  printBackground: boolean;
  preferCSSPageSize: boolean;
  displayHeaderFooter: boolean;
  margins: { top: number; bottom: number; left: number; right: number };
};

/** What main prints: the window's `webContents` (Electron's own methods, as they are). */
export type PrintableContents = {
  print: (options: PrintOptions, callback: (success: boolean, failureReason: string) => void) => void;
  printToPDF: (options: PdfOptions) => Promise<Uint8Array>;
};

export type SaveDialogOptions = { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] };

export type PrintDeps = {
  /** The app's window; null while it is closed. */
  contents: () => PrintableContents | null;
  /** Where a PDF is proposed first (the user's documents folder). */
  documentsDir: () => string;
  /** Electron's dialog.showSaveDialog, for the window. */
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;
  writeFile: (path: string, data: Uint8Array) => Promise<void>;
  /** The save dialog's title in the UI language. */
  saveDialogTitle: () => string;
};

/**
 * Paper margins in inches, the same as the print stylesheet's `@page` margins (12 mm top and sides,
 * 14 mm at the bottom for the page footer), which Chromium uses when the page sets them.
 */
export const PDF_MARGINS_INCH = { top: 0.47, bottom: 0.55, left: 0.47, right: 0.47 };

/** Electron reports a cancelled dialog as a failure with this reason. */
const CANCELLED = /cancel/i;

const windowOf = (deps: PrintDeps): PrintableContents => {
  const contents = deps.contents();
  if (!contents) throw new Error('销售台窗口已关闭，请重新打开窗口后再打印。');
  return contents;
};

/** window.api.printPage: the system print dialog for the window, A4 in the orientation asked for. */
export const printPage = (deps: PrintDeps, { title, landscape }: PrintRequest): Promise<PrintResult> => {
  const contents = windowOf(deps);
  const options: PrintOptions = { silent: false, printBackground: true, pageSize: 'A4', landscape, margins: { marginType: 'default' }, header: title };
  return new Promise((resolve, reject) =>
    contents.print(options, (success, failureReason) => {
      if (success) resolve({ outcome: 'printed' });
      else if (CANCELLED.test(failureReason)) resolve({ outcome: 'cancelled' });
      else reject(new Error(`打印没有完成（${failureReason || '原因不明'}），请检查打印机是否连接、是否有纸，然后重试。`));
    }),
  );
};

/**
 * window.api.savePdf: renders the window as it is now to an A4 PDF (the page's print stylesheet and
 * its @page size and margins apply), then asks where to save it, proposing the documents folder and
 * the given name, and writes it there.
 */
export const savePdf = async (deps: PrintDeps, { fileName, landscape }: SavePdfRequest): Promise<SavePdfResult> => {
  const contents = windowOf(deps);
  const data = await contents.printToPDF({ pageSize: 'A4', landscape, printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, margins: PDF_MARGINS_INCH });
  const name = withPdfExtension(fileName);
  const chosen = await deps.showSaveDialog({ title: deps.saveDialogTitle(), defaultPath: join(deps.documentsDir(), name), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (chosen.canceled || !chosen.filePath) return { saved: false };
  const path = withPdfExtension(chosen.filePath);
  try {
    await deps.writeFile(path, data);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`PDF 没有保存到 ${path}（${reason}），请换一个文件夹或关闭正在打开这个文件的程序后重试。`, { cause: err });
  }
  return { saved: true, path };
};
