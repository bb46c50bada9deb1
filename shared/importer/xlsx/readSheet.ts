import type { ZipEntry } from '../inspectZip.ts';
import type { CellRange, ImportCell, ImportSheet } from '../importTypes.ts';
import { columnOfRef, rowOfRef } from './cellRef.ts';
import { entryTextChunks } from './entryChunks.ts';
import type { CellFormat } from './numberFormats.ts';
import { readAttrs } from './readAttrs.ts';
import { scanXmlChunks, type XmlHandler } from './scanXml.ts';
import { EMPTY_CELL, isoAsText, numericCell, textCell } from './sheetCells.ts';
import { cdataAsRaw, decodeExcelEscapes, decodeXmlText } from './xmlText.ts';

/** What reading a worksheet needs: the workbook's strings, styles and date system, and the limits. */
export type SheetContext = {
  strings: readonly string[];
  formats: readonly CellFormat[];
  date1904: boolean;
  maxRows: number;
  maxColumns: number;
  maxBytes: number;
  /** Throws when the read must stop (timeout, cancel); called as chunks arrive. */
  check: () => void;
  /** Told the size of each uncompressed chunk read, for progress. */
  onBytes?: (count: number) => void;
};

/**
 * What a sheet's reading noticed, for one warning per sheet rather than one per cell.
 * `missingStrings` counts cells pointing at shared strings the file does not have (a damaged package).
 */
export type SheetStats = { formulasWithoutResult: number; cutColumns: boolean; missingStrings: number };

/** A sheet with more rows holding values than the limit allows. */
export class TooManyRowsError extends Error {}

/** The r, s and t attributes of a <c> tag, read without allocating a map per cell. */
type CellAttrs = { r: string; s: string; t: string };

const readCellAttrs = (xml: string, start: number, end: number, out: CellAttrs): void => {
  out.r = '';
  out.s = '';
  out.t = '';
  let i = start + 1;
  while (i < end && xml.charCodeAt(i) > 32) i++;
  while (i < end) {
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq > end) return;
    let open = eq + 1;
    while (xml.charCodeAt(open) <= 32) open++;
    const quote = xml.charAt(open);
    if (quote !== '"' && quote !== "'") return;
    const close = xml.indexOf(quote, open + 1);
    if (close < 0 || close > end) return;
    const name = xml.slice(i, eq).trim();
    if (name === 'r') out.r = xml.slice(open + 1, close);
    else if (name === 's') out.s = xml.slice(open + 1, close);
    else if (name === 't') out.t = xml.slice(open + 1, close);
    i = close + 1;
  }
};

const mergeOf = (ref: string): CellRange | null => {
  const [from = '', to = ''] = ref.split(':');
  const [top, left, bottom, right] = [rowOfRef(from), columnOfRef(from), rowOfRef(to), columnOfRef(to)];
  if (![top, left, bottom, right].every((n) => Number.isFinite(n) && n >= 0)) return null;
  return bottom > top || right > left ? { top, left, bottom, right } : null;
};

/**
 * Streams one worksheet part into an ImportSheet: rows holding at least one value, with their Excel
 * row numbers, and the merged ranges. Shared strings become one cell object each, shared by every
 * cell showing them. Formulas read as their cached result; one without a cached result is blank and
 * counted. t="d" ISO dates (non-Excel writers) become text the date parsers read.
 */
export const readSheet = async (bytes: Uint8Array, entry: ZipEntry, sheet: ImportSheet, ctx: SheetContext): Promise<SheetStats> => {
  const stats: SheetStats = { formulasWithoutResult: 0, cutColumns: false, missingStrings: 0 };
  const sharedCells: (ImportCell | undefined)[] = [];
  const attrs = new Map<string, string>();
  const cell: CellAttrs = { r: '', s: '', t: '' };
  let rowNumber = 0;
  let cells: ImportCell[] = [];
  let column = 0;
  let nextColumn = 0;
  let inCell = false;
  let hasFormula = false;
  let hasValue = false;
  let value = '';
  let inline = '';
  let inInline = false;
  let phonetic = 0;

  const sharedCell = (index: number): ImportCell => {
    const known = sharedCells[index];
    if (known) return known;
    const text = ctx.strings[index];
    if (text === undefined) {
      stats.missingStrings++;
      return EMPTY_CELL;
    }
    return (sharedCells[index] = textCell(text));
  };

  const missingResult = (): ImportCell => {
    if (hasFormula && !hasValue) stats.formulasWithoutResult++;
    return EMPTY_CELL;
  };

  const cellValue = (): ImportCell => {
    switch (cell.t) {
      case 's':
        return hasValue ? sharedCell(Number(value)) : EMPTY_CELL;
      case 'inlineStr':
        return textCell(decodeExcelEscapes(decodeXmlText(inline !== '' ? inline : value)));
      case 'str':
        return hasValue ? textCell(decodeExcelEscapes(decodeXmlText(value))) : missingResult();
      case 'b':
        return value.trim() === '' ? missingResult() : { t: 'bool', v: value.trim() === '1' || value.trim() === 'true' };
      case 'e':
        return { t: 'error', v: decodeXmlText(value).trim() || '#N/A' };
      case 'd':
        return value.trim() === '' ? missingResult() : textCell(isoAsText(value));
      default:
        return value.trim() === '' ? missingResult() : numericCell(Number(value), ctx.formats[Number(cell.s) || 0], ctx.date1904);
    }
  };

  const endCell = (): void => {
    inCell = false;
    if (column >= ctx.maxColumns) {
      stats.cutColumns = true;
      return;
    }
    const read = cellValue();
    if (read === EMPTY_CELL) return;
    while (cells.length < column) cells.push(EMPTY_CELL);
    cells[column] = read;
  };

  const endRow = (): void => {
    if (cells.length === 0) return;
    if (sheet.rows.length >= ctx.maxRows) throw new TooManyRowsError(sheet.name);
    sheet.rows.push(cells);
    sheet.rowNumbers.push(rowNumber);
    cells = [];
  };

  const handler: XmlHandler = {
    wantsText: false,
    open: (local, xml, start, end, selfClosing) => {
      switch (local) {
        case 'c': {
          readCellAttrs(xml, start, end, cell);
          const at = cell.r === '' ? -1 : columnOfRef(cell.r);
          column = at >= 0 ? at : nextColumn;
          nextColumn = column + 1;
          if (selfClosing) return;
          inCell = true;
          hasFormula = hasValue = false;
          value = inline = '';
          return;
        }
        case 'v':
          if (!inCell) return;
          hasValue = true;
          handler.wantsText = !selfClosing;
          return;
        case 'f':
          if (inCell) hasFormula = true;
          return;
        case 'is':
          inInline = inCell && !selfClosing;
          return;
        case 't':
          if (inInline && phonetic === 0 && !selfClosing) handler.wantsText = true;
          return;
        case 'rPh':
          if (!selfClosing) phonetic++;
          return;
        case 'row': {
          const r = Number(readAttrs(xml, start, end, attrs).get('r'));
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          cells = [];
          nextColumn = 0;
          if (selfClosing) endRow();
          if (sheet.rows.length % 1000 === 0) ctx.check();
          return;
        }
        case 'mergeCell': {
          const range = mergeOf(readAttrs(xml, start, end, attrs).get('ref') ?? '');
          if (range) sheet.merges.push(range);
          return;
        }
      }
    },
    close: (local) => {
      switch (local) {
        case 'v':
        case 't':
          handler.wantsText = false;
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'is':
          inInline = false;
          return;
        case 'c':
          if (inCell) endCell();
          return;
        case 'row':
          endRow();
          return;
      }
    },
    text: (text, raw) => {
      // Raw text is joined first and decoded once: a chunk may end inside an entity or a CR LF.
      if (inInline) inline += raw ? cdataAsRaw(text) : text;
      else value += raw ? cdataAsRaw(text) : text;
    },
  };
  await scanXmlChunks(entryTextChunks(bytes, entry, ctx.maxBytes, ctx.onBytes), handler, ctx.check);
  return stats;
};
