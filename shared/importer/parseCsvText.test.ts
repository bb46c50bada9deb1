import { describe, expect, it } from 'vitest';
import { parseCsvText } from './parseCsvText.ts';

describe('parseCsvText', () => {
  it('follows RFC 4180: quoted separators, "" escapes, line breaks inside quotes', () => {
    const text = '客户,内容,金额\r\n"恒瑞, 苏州","他说""下周""再谈\r\n第二行",1.2万\r\n博世,,';
    expect(parseCsvText(text)).toEqual([
      ['客户', '内容', '金额'],
      ['恒瑞, 苏州', '他说"下周"再谈\n第二行', '1.2万'],
      ['博世', '', ''],
    ]);
  });

  it('accepts LF and CR line ends, a missing final newline and stray quotes inside a cell', () => {
    expect(parseCsvText('a,b\rc,d\ne,5"寸')).toEqual([['a', 'b'], ['c', 'd'], ['e', '5"寸']]);
    expect(parseCsvText('a,b\n')).toEqual([['a', 'b']]);
  });

  it('detects tab and semicolon separators from the first line', () => {
    expect(parseCsvText('客户\t电话\n"恒瑞,苏州"\t138')).toEqual([['客户', '电话'], ['恒瑞,苏州', '138']]);
    expect(parseCsvText('a;b\n1;2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('stops one row past the cap', () => {
    expect(parseCsvText('1\n2\n3\n4\n5', 2)).toHaveLength(3);
  });
});
