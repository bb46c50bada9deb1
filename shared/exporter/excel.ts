import ExcelJS from 'exceljs';

/**
 * The project's only door to exceljs (ARCHITECTURE.md §8: unmaintained since 2024, so a fork must be
 * able to replace it by changing this file alone). Builders use these types and functions, never the
 * library directly.
 */
export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;
export type CellStyle = Partial<ExcelJS.Style>;
export type DataValidation = ExcelJS.DataValidation;
/** A workbook written row by row: a committed row leaves memory (whole-team exports of 100,000 rows). */
export type StreamingWorkbook = ExcelJS.stream.xlsx.WorkbookWriter;

/** exceljs keeps range validations in `dataValidations`, which its typings omit. */
type WithValidations = { dataValidations: { add: (address: string, validation: DataValidation) => void } };

const toBytes = (buffer: ArrayBuffer | Uint8Array): Uint8Array =>
  buffer instanceof Uint8Array ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer);

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes as base64, without Buffer (Node) or btoa (DOM), so shared code runs the same everywhere. */
const toBase64 = (bytes: Uint8Array): string => {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out.push(BASE64[(n >> 18) & 63] ?? '', BASE64[(n >> 12) & 63] ?? '', i + 1 < bytes.length ? (BASE64[(n >> 6) & 63] ?? '') : '=', i + 2 < bytes.length ? (BASE64[n & 63] ?? '') : '=');
  }
  return out.join('');
};

export const excel = {
  /** A new workbook stamped with `at` (epoch ms), so the same input builds the same file. */
  createWorkbook: (at: number, title: string): Workbook => {
    const book = new ExcelJS.Workbook();
    book.creator = 'SalesDesk 销售台';
    book.title = title;
    book.created = new Date(at);
    book.modified = new Date(at);
    return book;
  },
  /**
   * One validation over a whole range (e.g. 'D2:D201'), written as one `sqref`: a validation per cell
   * would cost one model entry per cell when writing.
   */
  addRangeValidation: (sheet: Worksheet, range: string, validation: DataValidation): void => {
    (sheet as Worksheet & WithValidations).dataValidations.add(range, validation);
  },
  /**
   * A PNG placed over the cells from (col, row), 0-based, at its size in px. Handed over as base64, which
   * exceljs writes the same way in Node and in a browser worker (no Buffer needed). The in-memory writer
   * only: the streaming one cannot add images (ARCHITECTURE.md §8).
   */
  addPng: (book: Workbook, sheet: Worksheet, png: Uint8Array, at: { col: number; row: number; width: number; height: number }): void => {
    const id = book.addImage({ base64: toBase64(png), extension: 'png' });
    sheet.addImage(id, { tl: { col: at.col, row: at.row }, ext: { width: at.width, height: at.height }, editAs: 'oneCell' });
  },
  writeXlsx: async (book: Workbook): Promise<Uint8Array> => toBytes(await book.xlsx.writeBuffer()),
  /** A streaming workbook (exceljs's WorkbookWriter, in memory): add rows and `commit()` them, then `finishStreaming`. */
  createStreamingWorkbook: (at: number, title: string): StreamingWorkbook => {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: false });
    book.creator = 'SalesDesk 销售台';
    book.title = title;
    book.created = new Date(at);
    book.modified = new Date(at);
    return book;
  },
  /** Commits every sheet and returns the file; the zip was compressed as the rows were committed. */
  finishStreaming: async (book: StreamingWorkbook): Promise<Uint8Array> => {
    await book.commit();
    return toBytes((book as unknown as { stream: { read: () => Uint8Array } }).stream.read());
  },
  /** Reads an .xlsx back (tests and round trips; imports use the importer's guarded reader). */
  readXlsx: async (bytes: Uint8Array): Promise<Workbook> => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.slice().buffer);
    return book;
  },
};
