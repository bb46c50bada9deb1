import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cellDisplayText } from './cellDisplayText.ts';
import { defaultImportLimits } from './importLimits.ts';
import type { ImportFailure, ImportWorkbook } from './importTypes.ts';
import { readWorkbook } from './readWorkbook.ts';
import { rewriteParts, useBuiltInNumFmts, xlsxBytes } from './xlsxBytes.fixture.ts';

const read = async (bytes: Uint8Array, limits = defaultImportLimits): Promise<ImportWorkbook> => {
  const result = await readWorkbook(bytes, 'xlsx', limits);
  if ('ok' in result) throw new Error(result.message);
  return result;
};
const texts = (wb: ImportWorkbook, sheet = 0) => wb.sheets[sheet]?.rows.map((r) => r.map(cellDisplayText));
const SERIAL_2024_06_12 = 45455;

describe('readWorkbook (xlsx)', () => {
  it('reads a worksheet part the workbook lists many times once (a damaged file must not multiply past the memory cap)', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('跟进表');
      for (let r = 1; r <= 50; r++) ws.getRow(r).values = ['客户', `第${r}行`];
    });
    const repeated = await rewriteParts(bytes, (name, xml) => (name === 'xl/workbook.xml' ? xml.replace(/<sheet [^>]*\/>/, (tag) => tag + tag.repeat(300).replace(/name="[^"]*"/g, () => `name="副本"`)) : xml));
    const wb = await read(repeated);
    expect(wb.sheets.filter((s) => s.rows.length > 0)).toHaveLength(1);
    expect(wb.sheets[0]?.rows).toHaveLength(50);
    expect(wb.warnings).toContain('工作表「副本」与前面的工作表指向同一份数据，按空白工作表处理');
  });

  it('reads Excel\u2019s Chinese built-in date formats (numFmt 27–36, 50–58) as dates, not bare numbers', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = new Date(Date.UTC(2024, 5, 12));
      ws.getCell('A1').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('B1').value = new Date(Date.UTC(2024, 5, 12));
      ws.getCell('B1').numFmt = 'm"月"d"日"';
      ws.getCell('C1').value = 0.5;
      ws.getCell('C1').numFmt = 'h"时"mm"分"';
    });
    const wb = await read(await useBuiltInNumFmts(bytes, { 'yyyy"年"m"月"d"日"': 31, 'm"月"d"日"': 58, 'h"时"mm"分"': 32 }));
    expect(wb.sheets[0]?.rows[0]).toMatchObject([{ t: 'date', v: SERIAL_2024_06_12 }, { t: 'date', v: SERIAL_2024_06_12 }, { t: 'date', v: 0.5 }]);
  });

  it('converts a 1904 workbook\u2019s dates to the 1900 serial and says so', async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Mac');
      ws.getCell('A1').value = new Date(Date.UTC(2024, 5, 12, 14, 30));
      ws.getCell('B1').value = 1234;
    });
    await rewriteParts(bytes, (name, xml) => {
      if (name === 'xl/workbook.xml') expect(xml).toContain('date1904="1"');
      if (name === 'xl/worksheets/sheet1.xml') expect(xml).toContain(`<v>${SERIAL_2024_06_12 - 1462}.6041`);
      return xml;
    });
    const wb = await read(bytes);
    expect(wb.sheets[0]?.rows[0]).toMatchObject([{ t: 'date', v: SERIAL_2024_06_12 + 14.5 / 24 }, { t: 'number', v: 1234 }]);
    expect(texts(wb)?.[0]?.[0]).toBe('2024-06-12 14:30');
    expect(wb.warnings.join()).toContain('1904');
  });

  it('reads formulas as their cached result, a missing one as blank with one warning per sheet', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('公式');
      ws.addRow([1, 2, { formula: 'A1+B1', result: 3 }, { formula: 'A1&"x"', result: '1x' }, { formula: 'A1*0' }, { formula: 'NOW()' }]);
    });
    const wb = await read(bytes);
    expect(wb.sheets[0]?.rows[0]).toEqual([{ t: 'number', v: 1 }, { t: 'number', v: 2 }, { t: 'number', v: 3 }, { t: 'text', v: '1x' }]);
    expect(wb.warnings).toHaveLength(1);
    expect(wb.warnings[0]).toContain('2 个公式单元格没有保存计算结果');
  });

  it('flattens rich text, keeps line breaks as \\n, long numbers exact, and reads errors and booleans', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow([{ richText: [{ text: '发送' }, { font: { bold: true }, text: '资料' }] }, '第一行\r\n第二行', 13800138000, { error: '#N/A' }, true, '   ']);
    });
    const wb = await read(bytes);
    expect(wb.sheets[0]?.rows[0]).toEqual([{ t: 'text', v: '发送资料' }, { t: 'text', v: '第一行\n第二行' }, { t: 'number', v: 13800138000 }, { t: 'error', v: '#N/A' }, { t: 'bool', v: true }]);
    expect(texts(wb)?.[0]?.[2]).toBe('13800138000');
  });

  it('flags hidden sheets, lists merged ranges and shows a merged value in every cell it covers', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('跟进');
      ws.getCell('A1').value = '2024年销售跟进表';
      ws.mergeCells('A1:C1');
      ws.getCell('A3').value = '恒瑞';
      ws.mergeCells('A3:A4');
      ws.getCell('B3').value = 'x';
      ws.getCell('B4').value = 'y';
      wb.addWorksheet('选项', { state: 'hidden' }).addRow(['电话']);
      wb.addWorksheet('内部', { state: 'veryHidden' }).addRow(['x']);
    });
    const wb = await read(bytes);
    expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([['跟进', false], ['选项', true], ['内部', true]]);
    const sheet = wb.sheets[0];
    expect(sheet?.merges).toEqual([{ top: 1, bottom: 1, left: 0, right: 2 }, { top: 3, bottom: 4, left: 0, right: 0 }]);
    // Empty rows are left out; rowNumbers keep Excel's numbering.
    expect(sheet?.rowNumbers).toEqual([1, 3, 4]);
    expect(texts(wb)).toEqual([['2024年销售跟进表', '2024年销售跟进表', '2024年销售跟进表'], ['恒瑞', 'x'], ['恒瑞', 'y']]);
  });

  it('reads t="d" ISO date cells (non-Excel writers) as the dates they are, not the serial of their year', async () => {
    const bytes = await rewriteParts(
      await xlsxBytes((wb) => wb.addWorksheet('S').addRow([1])),
      (name, xml) => (name === 'xl/worksheets/sheet1.xml' ? xml.replace(/<c r="A1"[^>]*>.*?<\/c>/, '<c r="A1" t="d"><v>2024-06-12T14:30:00.000Z</v></c><c r="B1" t="d"><v>2024-06-13</v></c>') : xml),
    );
    expect(texts(await read(bytes))).toEqual([['2024-06-12 14:30:00', '2024-06-13']]);
  });
});

describe('readWorkbook (other writers)', () => {
  const sheetXml = (cells: string) =>
    `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1">${cells}</x:row></x:sheetData></x:worksheet>`;
  const withSheet = async (cells: string) =>
    rewriteParts(await xlsxBytes((wb) => wb.addWorksheet('S').addRow([1])), (name, xml) => (name === 'xl/worksheets/sheet1.xml' ? sheetXml(cells) : xml));

  it('reads cached formula results of 0, "" and FALSE as what they are (exceljs dropped them)', async () => {
    const wb = await read(await withSheet('<x:c r="A1"><x:f>B1-B1</x:f><x:v>0</x:v></x:c><x:c r="B1" t="b"><x:f>1=2</x:f><x:v>0</x:v></x:c><x:c r="C1" t="str"><x:f>""</x:f><x:v></x:v></x:c><x:c r="D1"><x:v>7</x:v></x:c>'));
    expect(wb.sheets[0]?.rows[0]).toEqual([{ t: 'number', v: 0 }, { t: 'bool', v: false }, { t: 'empty' }, { t: 'number', v: 7 }]);
    expect(wb.warnings.join()).not.toContain('公式');
  });

  it('reads prefixed tags, inline strings in CDATA, cells without references and phonetic guides left out', async () => {
    const wb = await read(await withSheet('<x:c t="inlineStr"><x:is><x:t><![CDATA[客户 & 公司]]></x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>东京</x:t></x:r><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh></x:is></x:c><x:c r="E1"><x:v>5</x:v></x:c>'));
    expect(texts(wb)).toEqual([['客户 & 公司', '东京', '', '', '5']]);
  });

  it('reads a workbook with whole-column dropdowns (they hung exceljs’s reader) without looking at them', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('跟进');
      ws.addRow(['客户', '方式']);
      ws.addRow(['恒瑞', '电话']);
      (ws as unknown as { dataValidations: { add: (range: string, v: object) => void } }).dataValidations.add('B2:B1048576', { type: 'list', allowBlank: true, formulae: ['"电话,微信,面访"'] });
    });
    await rewriteParts(bytes, (name, xml) => {
      if (name === 'xl/worksheets/sheet1.xml') expect(xml).toContain('B2:B1048576');
      return xml;
    });
    expect(texts(await read(bytes))).toEqual([['客户', '方式'], ['恒瑞', '电话']]);
  });

  it('calls a package whose cells point at shared strings it lacks damaged, rather than import blanks', async () => {
    const bytes = await rewriteParts(await xlsxBytes((wb) => wb.addWorksheet('S').addRow(['客户', '电话'])), (name, xml) => (name === 'xl/sharedStrings.xml' ? xml.replace(/<si>.*<\/si>/s, '') : xml));
    const result = await readWorkbook(bytes, 'xlsx', defaultImportLimits);
    expect(result).toMatchObject({ ok: false, code: 'corrupt' });
    expect((result as ImportFailure).message).toContain('2 个单元格引用的文字在文件中找不到');
  });

  it('stops a part that inflates past the size its directory declares (a lying zip bomb)', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      for (let i = 1; i <= 2000; i++) ws.addRow([`客户${i}`, i, '跟进内容跟进内容跟进内容']);
    });
    const lied = bytes.slice();
    const view = new DataView(lied.buffer);
    for (let at = 0; at < lied.length - 46; at++) {
      // The worksheet's central-directory record: declare 1 KB uncompressed.
      if (view.getUint32(at, true) === 0x02014b50 && new TextDecoder().decode(lied.subarray(at + 46, at + 46 + view.getUint16(at + 28, true))) === 'xl/worksheets/sheet1.xml') view.setUint32(at + 24, 1024, true);
    }
    expect(await readWorkbook(lied, 'xlsx', defaultImportLimits)).toMatchObject({ ok: false, code: 'corrupt' });
  });
});

describe('readWorkbook refusals', () => {
  const oneSheet = () => xlsxBytes((wb) => {
    const ws = wb.addWorksheet('S');
    for (let i = 1; i <= 50; i++) ws.addRow([`客户${i}`, i]);
  });
  const failure = async (bytes: Uint8Array, limits = defaultImportLimits, control = {}) => (await readWorkbook(bytes, 'xlsx', limits, control)) as ImportFailure;

  it('fails clearly on a workbook with no data instead of returning 0 rows', async () => {
    const empty = await xlsxBytes((wb) => wb.addWorksheet('Sheet1'));
    expect(await failure(empty)).toMatchObject({ ok: false, code: 'empty' });
  });

  it('calls a package with sheet data that exceljs cannot see unreadable, not empty', async () => {
    const zip = await JSZip.loadAsync(await oneSheet());
    const sheet = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    zip.remove('xl/worksheets/sheet1.xml');
    zip.file('xl/worksheets/data.xml', sheet ?? '');
    const odd = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(await failure(odd)).toMatchObject({ ok: false, code: 'corrupt' });
  });

  it('reports how far it has read, in bytes of the parts it reads, up to all of them', async () => {
    const seen: [number, number][] = [];
    await readWorkbook(await oneSheet(), 'xlsx', defaultImportLimits, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(0);
    const total = seen[0]![1];
    expect(seen.every(([done, t], i) => t === total && done <= total && (i === 0 || done >= seen[i - 1]![0]))).toBe(true);
    expect(seen[seen.length - 1]).toEqual([total, total]);
  });

  it('enforces the row cap, the file size cap, the timeout and cancellation', async () => {
    const bytes = await oneSheet();
    expect(await failure(bytes, { ...defaultImportLimits, maxRows: 10 })).toMatchObject({ code: 'tooManyRows' });
    expect(await failure(bytes, { ...defaultImportLimits, maxFileBytes: 100 })).toMatchObject({ code: 'tooLarge' });
    let clock = 0;
    const slowClock = { now: () => (clock += 60_000) };
    expect(await failure(bytes, { ...defaultImportLimits, timeoutMs: 100_000 }, slowClock)).toMatchObject({ code: 'timeout' });
    const controller = new AbortController();
    controller.abort();
    expect(await failure(bytes, defaultImportLimits, { signal: controller.signal })).toMatchObject({ code: 'cancelled' });
  });

  it('reports broken XML as a damaged file with the advice to re-save it', async () => {
    const broken = await rewriteParts(await oneSheet(), (name, xml) => (name === 'xl/worksheets/sheet1.xml' ? xml.replace('</sheetData>', '') : xml));
    const result = await failure(broken);
    expect(result).toMatchObject({ ok: false, code: 'corrupt' });
    expect(result.message).toContain('另存为 .xlsx');
  });
});

describe('readWorkbook (csv)', () => {
  it('reads every CSV cell as text, so phone numbers and ids keep their digits', async () => {
    const csv = new TextEncoder().encode('客户,电话,身份证\n恒瑞,013800138000,="110101199003071234"\n博世,\'=1+1,\n,,\n');
    const wb = await readWorkbook(csv, 'csv', defaultImportLimits);
    expect(wb).toMatchObject({ kind: 'csv', encoding: 'utf-8', sheets: [{ name: 'CSV', hidden: false, rowNumbers: [1, 2, 3] }] });
    expect(texts(wb as ImportWorkbook)).toEqual([['客户', '电话', '身份证'], ['恒瑞', '013800138000', '110101199003071234'], ['博世', '=1+1']]);
  });
});
