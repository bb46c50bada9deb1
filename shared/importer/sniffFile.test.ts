import { describe, expect, it } from 'vitest';
import { sniffFile } from './sniffFile.ts';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const utf16 = (text: string): number[] => [...text].flatMap((c) => [c.charCodeAt(0), 0]);
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)];

describe('sniffFile', () => {
  it('reads a zip package as .xlsx, or .xlsm when so named', () => {
    expect(sniffFile(bytes([0x50, 0x4b, 0x03, 0x04, 1, 2]), '跟进表.xlsx')).toBe('xlsx');
    expect(sniffFile(bytes([0x50, 0x4b, 0x03, 0x04]), '宏.XLSM')).toBe('xlsm');
    // Content wins over the name: an .xlsx saved as .xls is still read.
    expect(sniffFile(bytes([0x50, 0x4b, 0x03, 0x04]), 'old.xls')).toBe('xlsx');
  });

  it('tells a password-protected .xlsx from a BIFF .xls, both OLE2 containers', () => {
    const encrypted = sniffFile(bytes(OLE2, utf16('EncryptionInfo'), [0, 0], utf16('EncryptedPackage')), 'a.xlsx');
    expect(encrypted).toMatchObject({ ok: false, code: 'encrypted' });
    expect((encrypted as { message: string }).message).toContain('取消密码保护');
    const xls = sniffFile(bytes(OLE2, utf16('Workbook')), 'a.xls');
    expect(xls).toMatchObject({ ok: false, code: 'xls' });
    expect((xls as { message: string }).message).toContain('另存为 .xlsx');
    expect(sniffFile(bytes(OLE2, utf16('WordDocument')), 'a.doc')).toMatchObject({ code: 'notSpreadsheet' });
  });

  it('reads text as CSV, whatever its name, and refuses HTML tables and binary files with advice', () => {
    expect(sniffFile(bytes('客户名称,电话\r\n恒瑞,138\r\n'), 'a.csv')).toBe('csv');
    expect(sniffFile(bytes([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0x31]), 'gbk.xls')).toBe('csv');
    expect(sniffFile(bytes([0xff, 0xfe], utf16('a\tb')), 'unicode.txt')).toBe('csv');
    const html = sniffFile(bytes('<html><table><tr><td>1</td></tr></table></html>'), 'export.xls');
    expect(html).toMatchObject({ code: 'notSpreadsheet' });
    expect((html as { message: string }).message).toContain('网页');
    expect(sniffFile(bytes([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]), 'a.png')).toMatchObject({ code: 'notSpreadsheet' });
    expect(sniffFile(new Uint8Array(0), 'a.xlsx')).toMatchObject({ code: 'empty' });
  });
});
