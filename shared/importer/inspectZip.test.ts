import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { defaultImportLimits } from './importLimits.ts';
import { inspectZip } from './inspectZip.ts';

const zipOf = async (files: Record<string, string>): Promise<Uint8Array> => {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};

const workbookParts = { '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': '<worksheet>'.padEnd(5000, ' ') };

describe('inspectZip', () => {
  it('lists the entries and sizes from the central directory', async () => {
    const result = await zipOf(workbookParts).then((b) => inspectZip(b, defaultImportLimits));
    expect(result).toMatchObject({ ok: true, entryCount: 3, worksheetBytes: 5000 });
    expect(result.ok && result.names).toContain('xl/workbook.xml');
    expect(result.ok && result.totalUncompressedBytes).toBe(5000 + '<Types/>'.length + '<workbook/>'.length);
  });

  it('refuses a zip bomb by its declared sizes before anything is unpacked', async () => {
    const bomb = await zipOf({ ...workbookParts, 'xl/worksheets/sheet2.xml': 'x'.repeat(2_000_000) });
    const result = inspectZip(bomb, { ...defaultImportLimits, maxUncompressedBytes: 1_000_000 });
    expect(bomb.length).toBeLessThan(20_000);
    expect(result).toMatchObject({ ok: false, code: 'tooLarge' });
  });

  it('refuses archives that hold no spreadsheet (Word files, plain archives) and lets odd workbook layouts through to the reader', async () => {
    expect(inspectZip(await zipOf({ 'word/document.xml': '<w/>' }), defaultImportLimits)).toMatchObject({ code: 'notSpreadsheet' });
    expect(inspectZip(await zipOf({ 'photo.jpg': 'x' }), defaultImportLimits)).toMatchObject({ code: 'notSpreadsheet' });
    const rootWorkbook = inspectZip(await zipOf({ 'workbook.xml': '<workbook/>', 'sheet1.xml': '<s/>' }), defaultImportLimits);
    expect(rootWorkbook).toMatchObject({ ok: true, names: ['workbook.xml', 'sheet1.xml'] });
  });

  it('records where each entry is, with Windows separators normalized', async () => {
    const result = inspectZip(await zipOf({ 'xl\\workbook.xml': '<workbook/>' }), defaultImportLimits);
    expect(result.ok && result.entries[0]).toMatchObject({ name: 'xl/workbook.xml', method: 8, localOffset: 0, uncompressed: 11 });
  });

  it('refuses a truncated download and a package with encrypted entries', async () => {
    const good = await zipOf(workbookParts);
    expect(inspectZip(good.subarray(0, good.length - 30), defaultImportLimits)).toMatchObject({ code: 'corrupt' });
    const encrypted = good.slice();
    const view = new DataView(encrypted.buffer);
    for (let at = 0; at < encrypted.length - 4; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    expect(inspectZip(encrypted, defaultImportLimits)).toMatchObject({ code: 'encrypted' });
  });
});
