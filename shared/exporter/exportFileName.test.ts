import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportFileName.ts';
import { exportMime } from './exportMime.ts';

describe('exportFileName', () => {
  it('names each export after the grid and the team date', () => {
    expect(exportFileName('viewXlsx', '2026-11-23')).toBe('销售跟进表_2026-11-23.xlsx');
    expect(exportFileName('viewCsv', '2026-11-23')).toBe('销售跟进表_2026-11-23.csv');
    expect(exportFileName('followUpsTemplate', '2026-11-23')).toBe('跟进记录导入模板_2026-11-23.xlsx');
    expect(exportFileName('customersTemplate', '2026-11-23')).toBe('客户导入模板_2026-11-23.xlsx');
  });

  it('adds a saved view\'s name, made safe for every file system', () => {
    expect(exportFileName('viewXlsx', '2026-11-23', '我的跟进')).toBe('销售跟进表_我的跟进_2026-11-23.xlsx');
    expect(exportFileName('viewXlsx', '2026-11-23', ' A/B: "重点"? ')).toBe('销售跟进表_A B 重点_2026-11-23.xlsx');
    expect(exportFileName('followUpsTemplate', '2026-11-23', '我的跟进')).toBe('跟进记录导入模板_2026-11-23.xlsx');
  });

  it('gives the download MIME type', () => {
    expect(exportMime('viewCsv')).toBe('text/csv;charset=utf-8');
    expect(exportMime('viewXlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(exportMime('customersTemplate')).toBe(exportMime('viewXlsx'));
  });
});
