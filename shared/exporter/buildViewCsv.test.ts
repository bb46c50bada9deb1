import { describe, expect, it } from 'vitest';
import { gridColumns } from '../grid/followUpColumns.ts';
import type { GridColumn } from '../grid/gridTypes.ts';
import { testLookups, testRow } from '../grid/testRows.ts';
import { buildViewCsv } from './buildViewCsv.ts';

/** A plain RFC 4180 reader, to prove the file parses back to exactly what was written. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last record must end with CRLF');
  return rows;
};

const columns: GridColumn[] = ['customerId', 'followedAt', 'method', 'summary', 'amount', 'nextDate', 'remark', 'ownerId'].map((id) => {
  const column = gridColumns([]).find((c) => c.id === id);
  if (!column) throw new Error(id);
  return column;
});

const rows = [
  testRow('r-1', { summary: '电话沟通，客户说 "尽快"\n下周再报一次价', amount: 12800.5, nextDate: '2026-11-25', remark: '=SUM(1)' }),
  testRow('r-2', { customerId: 'c3', method: 'visit', ownerId: 'rep02', followedAt: Date.UTC(2026, 10, 21, 15, 30), remark: '-5 折扣' }),
];

const csv = (): Uint8Array => buildViewCsv({ rows, columns, lookups: testLookups(), title: '销售跟进表', exportedAt: Date.UTC(2026, 10, 23, 4) });

describe('buildViewCsv', () => {
  it('starts with a UTF-8 BOM and decodes as strict UTF-8, Chinese intact', () => {
    const bytes = csv();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.slice(3));
    expect(text.startsWith('客户,跟进时间,跟进方式,跟进内容摘要,金额,下一步日期,备注,责任人,记录ID\r\n')).toBe(true);
    expect(text).toContain('张江精密机械');
  });

  it('round-trips through an RFC 4180 parse: quoting, multi-line cells, local times, ids last', () => {
    const text = new TextDecoder().decode(csv());
    expect(parseCsv(text)).toEqual([
      ['客户', '跟进时间', '跟进方式', '跟进内容摘要', '金额', '下一步日期', '备注', '责任人', '记录ID'],
      ['张江精密机械', '2026-11-20 10:00', '电话', '电话沟通，客户说 "尽快"\n下周再报一次价', '12800.5', '2026-11-25', "'=SUM(1)", '赵敏', 'r-1'],
      ['Bosch 博世', '2026-11-21 23:30', '面访', '电话沟通', '', '', "'-5 折扣", '安然', 'r-2'],
    ]);
  });

  it('quotes the multi-line cell and doubles its quotes, with CRLF only between records', () => {
    const text = new TextDecoder().decode(csv());
    expect(text).toContain(',"电话沟通，客户说 ""尽快""\n下周再报一次价",');
    expect(text.split('\r\n')).toHaveLength(4);
    expect(text.endsWith('\r\n')).toBe(true);
  });
});
