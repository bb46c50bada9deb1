import { describe, expect, it } from 'vitest';
import { cellFormat, isDateFormat } from './numberFormats.ts';

describe('number formats', () => {
  it('tells date and time formats from number formats by their code', () => {
    for (const code of ['yyyy-mm-dd', 'yyyy/m/d h:mm', 'yyyy"年"m"月"d"日"', '[$-804]aaaa', '[h]:mm:ss', 'mm:ss', 'm"月"d"日";@', '[DBNum1][$-804]yyyy"年"m"月"']) {
      expect(isDateFormat(code), code).toBe(code !== '[$-804]aaaa');
    }
    for (const code of ['General', '0.00', '#,##0 ;[Red](#,##0)', '¥#,##0.00', '0.00E+00', '@', '0 "days"', '_(* #,##0_)', '"Sheet" 0']) {
      expect(isDateFormat(code), code).toBe(false);
    }
  });

  it('knows Excel\u2019s built-in ids, Chinese date ids included, and lets a file\u2019s own code override them', () => {
    const none = new Map<number, string>();
    expect(cellFormat(0, none)).toEqual({ code: undefined, isDate: false });
    expect(cellFormat(14, none).isDate).toBe(true);
    expect(cellFormat(31, none)).toEqual({ code: 'yyyy"年"m"月"d"日"', isDate: true });
    expect(cellFormat(58, none).isDate).toBe(true);
    expect(cellFormat(4, none)).toEqual({ code: '#,##0.00', isDate: false });
    expect(cellFormat(164, new Map([[164, 'yyyy/mm/dd']]))).toEqual({ code: 'yyyy/mm/dd', isDate: true });
    expect(cellFormat(14, new Map([[14, '0.00']]))).toEqual({ code: '0.00', isDate: false });
    expect(cellFormat(200, none)).toEqual({ code: undefined, isDate: false });
  });
});
