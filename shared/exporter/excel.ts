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

/** exceljs keeps range validations in `dataValidations`, which its typings omit. */
type WithValidations = { dataValidations: { add: (address: string, validation: DataValidation) => void } };

const toBytes = (buffer: ArrayBuffer | Uint8Array): Uint8Array =>
  buffer instanceof Uint8Array ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer);

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
  writeXlsx: async (book: Workbook): Promise<Uint8Array> => toBytes(await book.xlsx.writeBuffer()),
  /** Reads an .xlsx back (tests and round trips; imports use the importer's guarded reader). */
  readXlsx: async (bytes: Uint8Array): Promise<Workbook> => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.slice().buffer);
    return book;
  },
};
