import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parseCliArgs.ts';

describe('parseCliArgs', () => {
  it('reads a dry run with its defaults and options', () => {
    expect(parseCliArgs(['import', 'a.xlsx', '--dry-run', '--json'])).toEqual({
      ok: true,
      options: { file: 'a.xlsx', 'dry-run': true, json: true, target: 'followUps', timeout: 120, match: 'nameOrPhone', 'on-existing': 'update' },
    });
    expect(parseCliArgs(['import', '客户.csv', '--dry-run', '--target', 'customers', '--sheet', '客户名单', '--today', '2024-06-30', '--timeout', '30'])).toMatchObject({
      ok: true,
      options: { target: 'customers', sheet: '客户名单', today: '2024-06-30', timeout: 30 },
    });
  });

  it('refuses to commit from the command line and says where committing happens', () => {
    const parsed = parseCliArgs(['import', 'a.xlsx']);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain('--dry-run');
    expect(!parsed.ok && parsed.message).toContain('导入导出');
  });

  it('explains bad arguments in Chinese with the usage', () => {
    for (const argv of [[], ['export', 'a.xlsx'], ['import', 'a.xlsx', '--dry-run', '--target', 'orders'], ['import', 'a.xlsx', '--dry-run', '--bogus'], ['import', 'a', 'b', '--dry-run']]) {
      const parsed = parseCliArgs(argv);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.message).toContain('用法');
    }
  });
});
