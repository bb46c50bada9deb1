import { describe, expect, it } from 'vitest';
import { decodeCsv } from './decodeCsv.ts';

const hex = (h: string) => new Uint8Array(h.match(/../g)?.map((b) => parseInt(b, 16)) ?? []);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeCsv', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('客户,电话\n恒瑞,138')]))).toEqual({ encoding: 'utf-8', rows: [['客户', '电话'], ['恒瑞', '138']] });
    expect(decodeCsv(utf8('客户,电话'))).toEqual({ encoding: 'utf-8', rows: [['客户', '电话']] });
  });

  it('reads GBK, what Excel on Chinese Windows saves as CSV', () => {
    // "客户名称,电话\r\n恒瑞精密,13800138000\r\n" in GBK.
    const gbk = hex('bfcdbba7c3fbb3c62cb5e7bbb00d0abae3c8f0beabc3dc2c31333830303133383030300d0a');
    expect(decodeCsv(gbk)).toEqual({ encoding: 'gb18030', rows: [['客户名称', '电话'], ['恒瑞精密', '13800138000']] });
  });

  it('reads UTF-16 with a BOM (Excel\u2019s Unicode text, tab-separated)', () => {
    const text = '客户\t电话\n恒瑞\t138';
    const le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeCsv(le)).toEqual({ encoding: 'utf-16le', rows: [['客户', '电话'], ['恒瑞', '138']] });
  });
});
