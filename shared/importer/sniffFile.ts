import { importFailure, RESAVE_ADVICE } from './importFailure.ts';
import type { FileKind, ImportFailure } from './importTypes.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SNIFF_BYTES = 8192;

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((b, i) => bytes[i] === b);

/** True when `name` occurs in the bytes as UTF-16LE, the way OLE2 directory entries store stream names. */
const hasUtf16Name = (bytes: Uint8Array, name: string): boolean => {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let at = 0; at <= bytes.length - needle.length; at++) {
    for (let j = 0; j < needle.length; j++) if (bytes[at + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

/**
 * An OLE2 (Compound File) container: a password-protected .xlsx is one (EncryptionInfo +
 * EncryptedPackage streams), and so is every BIFF .xls (a Workbook or Book stream).
 */
const sniffOle2 = (bytes: Uint8Array): ImportFailure => {
  if (hasUtf16Name(bytes, 'EncryptionInfo') || hasUtf16Name(bytes, 'EncryptedPackage')) return importFailure('encrypted');
  if (hasUtf16Name(bytes, 'Workbook') || hasUtf16Name(bytes, 'Book')) return importFailure('xls');
  return importFailure('notSpreadsheet', '这是 Word、PowerPoint 等其他 Office 文档');
};

/** Text a person could have saved as CSV: no NUL bytes and hardly any control characters (UTF-16 has a BOM). */
const looksLikeText = (head: Uint8Array): boolean => {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control <= head.length / 100;
};

/** Web systems often export an HTML table or SpreadsheetML 2003 XML and call it .xls. */
const sniffMarkup = (head: Uint8Array): ImportFailure | null => {
  const text = new TextDecoder('utf-8').decode(head.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<table|<meta)/.test(text)) return importFailure('notSpreadsheet', '这个文件其实是网页表格（有些系统导出的“Excel”是网页格式）', RESAVE_ADVICE);
  if (text.startsWith('<?xml') && text.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return importFailure('notSpreadsheet', '这是 Excel 2003 XML 表格', RESAVE_ADVICE);
  }
  return null;
};

/**
 * What a file is, by its first bytes rather than its name (systems export CSV named .xls, and .xls
 * named .xlsx): a zip package is .xlsx (.xlsm when so named), OLE2 is a .xls or a password-protected
 * .xlsx, plain text is CSV. Anything else gets a message saying how to fix it.
 */
export const sniffFile = (bytes: Uint8Array, fileName: string): FileKind | ImportFailure => {
  if (bytes.length === 0) return importFailure('empty', '文件是空的（0 字节）');
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return /\.xlsm$/i.test(fileName) ? 'xlsm' : 'xlsx';
  if (startsWith(bytes, OLE2)) return sniffOle2(bytes);
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (!looksLikeText(head)) return importFailure('notSpreadsheet');
  return sniffMarkup(head) ?? 'csv';
};
