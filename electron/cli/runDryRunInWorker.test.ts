import { describe, expect, it } from 'vitest';
import { defaultTeamSettings } from '../../shared/domain/defaultTeamSettings.ts';
import type { DryRunOptions } from '../../shared/importer/dryRunImport.ts';
import { defaultImportLimits } from '../../shared/importer/importLimits.ts';
import { xlsxBytes } from '../../shared/importer/xlsxBytes.fixture.ts';
import { runDryRunInWorker } from './runDryRunInWorker.ts';

const settings = defaultTeamSettings('', '');
const options = (timeoutMs: number): DryRunOptions => ({
  fileName: '大表.xlsx', target: 'followUps', limits: { ...defaultImportLimits, timeoutMs },
  context: { lookups: { customers: new Map(), members: new Map(), options: settings.options, customFields: [], utcOffsetMinutes: 480 }, today: '2024-06-30', utcOffsetMinutes: 480, memberId: 'm1' },
  existing: { customers: [], followUps: [] }, match: 'nameOrPhone', onExisting: 'update',
});
const bigSheet = () =>
  xlsxBytes((wb) => {
    const ws = wb.addWorksheet('跟进');
    ws.addRow(['客户', '跟进时间', '跟进内容', '备注']);
    for (let i = 0; i < 30_000; i++) ws.addRow([`客户${i % 500}`, new Date(Date.UTC(2024, 0, 1 + (i % 300))), `第 ${i} 次沟通，讨论方案与报价细节`, '备注'.repeat(10)]);
  });

describe('runDryRunInWorker', () => {
  it('reads a file in a worker and returns the report', async () => {
    const small = await xlsxBytes((wb) => wb.addWorksheet('S').addRows([['客户', '跟进时间'], ['恒瑞', '2024/6/10']]));
    expect(await runDryRunInWorker(small, options(10_000))).toMatchObject({ ok: true, counts: { new: 1 } });
  });

  it('ends in a clear failure, not a hang or a crash, when the time or the memory runs out', async () => {
    const bytes = await bigSheet();
    expect(await runDryRunInWorker(bytes, options(1))).toMatchObject({ ok: false, code: 'timeout', file: { name: '大表.xlsx' } });
    expect(await runDryRunInWorker(bytes, options(60_000), 24)).toMatchObject({ ok: false, code: 'tooLarge', message: expect.stringContaining('内存') });
  }, 120_000);
});
