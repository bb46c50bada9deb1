import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { DryRunReport } from '../../shared/importer/dryRunImport.ts';
import { messyFollowUpWorkbook } from '../../shared/importer/messyFollowUpSheet.fixture.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'salesdesk-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI as an admin runs it: a separate Node process, exit code and output. */
const cli = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await run(process.execPath, ['electron/cli/cli.ts', ...args], { cwd: process.cwd(), timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe('cli import --dry-run', () => {
  it('prints the detected sheet, header, mapping and per-row verdicts as JSON', async () => {
    const file = join(dir, '跟进表.xlsx');
    writeFileSync(file, await messyFollowUpWorkbook());
    const { code, stdout } = await cli('import', file, '--dry-run', '--json', '--today', '2024-06-30');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as DryRunReport;
    expect(report).toMatchObject({ ok: true, file: { name: '跟进表.xlsx', kind: 'xlsx' }, sheet: '跟进记录', header: { row: 3, rows: 2 } });
    expect(report.mapping.filter((m) => m.field !== '')).toHaveLength(13);
    expect(report.counts).toEqual({ new: 4, changed: 0, unchanged: 0, skipped: 0, rejected: 3 });
    expect(report.rows.map((r) => [r.row, r.verdict])).toEqual([[5, 'new'], [6, 'new'], [7, 'new'], [8, 'new'], [9, 'rejected'], [10, 'rejected'], [11, 'rejected']]);
  }, 60_000);

  it('prints a Chinese summary without --json, and a failure with exit code 1', async () => {
    const file = join(dir, '客户.csv');
    writeFileSync(file, '\uFEFF客户名称,手机\n恒瑞,13800138000\n');
    const text = await cli('import', file, '--dry-run', '--target', 'customers');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('表头：第 1 行');
    expect(text.stdout).toContain('这是预览，没有写入任何数据。');
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('Workbook', 'utf16le')]));
    const failed = await cli('import', xls, '--dry-run', '--json');
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ ok: false, code: 'xls', file: { name: 'old.xls' } });
  }, 60_000);

  it('refuses to write without --dry-run and explains missing files', async () => {
    const commit = await cli('import', join(dir, 'x.xlsx'));
    expect(commit.code).toBe(2);
    expect(commit.stderr).toContain('正式导入请在销售台应用');
    const missing = await cli('import', join(dir, 'nope.xlsx'), '--dry-run');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到或无法读取文件');
  }, 60_000);
});
