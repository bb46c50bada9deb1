import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultTeamSettings } from '../../shared/domain/defaultTeamSettings.ts';
import { newCustomerFields } from '../../shared/domain/newCustomerFields.ts';
import type { DryRunReport } from '../../shared/importer/dryRunImport.ts';
import { messyFollowUpWorkbook } from '../../shared/importer/messyFollowUpSheet.fixture.ts';
import type { ReplicatedDoc } from '../hub/store/HubStore.ts';
import { openSqliteHubStore } from '../hub/store/openSqliteHubStore.ts';
import { loadHubData } from './loadHubData.ts';

const dir = mkdtempSync(join(tmpdir(), 'salesdesk-hubdata-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const meta = { createdAt: 1, createdBy: 'm1', updatedAt: 1, updatedBy: 'm1', trashed: false, clock: {}, conflicts: [] };
const doc = (fields: Record<string, unknown>): { assumedMasterState: null; newDocumentState: ReplicatedDoc } => ({
  assumedMasterState: null,
  newDocumentState: { ...meta, ...fields, id: String(fields.id), _deleted: false },
});

/** A hub data folder as `npm run hub -- --data DIR` leaves it: team settings, two members, one customer (and one in the recycle bin). */
const seedHub = (): string => {
  const store = openSqliteHubStore({ file: join(dir, 'hub.sqlite'), newId: () => 'epoch-1' });
  const author = { memberId: 'm1', deviceId: 'd1', at: 1 };
  store.push('teamsettings', [doc({ ...defaultTeamSettings('华东销售团队', '启航') })], author);
  store.push('members', [doc({ id: 'm1', name: '张伟', role: 'admin' }), doc({ id: 'm2', name: '李娜', role: 'rep' })], author);
  store.push('customers', [doc({ ...newCustomerFields('c-bosch', '博世汽车部件', 'm2'), stage: 'quote' }), doc({ ...newCustomerFields('c-old', '华星电子', 'm1'), trashed: true })], author);
  store.close();
  return dir;
};

describe('loadHubData', () => {
  it('reads the team\u2019s members, live customers, options and rules from a hub data folder', () => {
    const data = loadHubData(seedHub());
    if ('message' in data) throw new Error(data.message);
    expect([...data.context.lookups.members.values()].map((m) => m.name)).toEqual(['张伟', '李娜']);
    expect([...data.context.lookups.customers.keys()]).toEqual(['c-bosch']);
    expect(data.context.rules?.length).toBe(3);
    expect(data.adminId).toBe('m1');
    expect(loadHubData(join(dir, 'nowhere'))).toMatchObject({ message: expect.stringContaining('hub.sqlite') });
  });

  it('lets the CLI match owners and customers against the team', async () => {
    const file = join(dir, '跟进表.xlsx');
    writeFileSync(file, await messyFollowUpWorkbook());
    const { stdout } = await promisify(execFile)(process.execPath, ['electron/cli/cli.ts', 'import', file, '--dry-run', '--json', '--hub-data', dir, '--today', '2024-06-30'], { cwd: process.cwd() });
    const report = JSON.parse(stdout) as DryRunReport;
    const bosch = report.rows.find((r) => r.row === 7);
    expect(bosch).toMatchObject({ verdict: 'new', values: { customerId: 'c-bosch', ownerId: 'm2', nextOwnerId: 'm2' }, warnings: [] });
    expect(report.rows.find((r) => r.row === 5)?.values).toMatchObject({ ownerId: 'm1' });
    // 华星电子 is in the recycle bin, so the file's 华星电子 becomes a new customer.
    expect(report.newCustomers.map((c) => c.name)).toEqual(['恒瑞精密（苏州）有限公司', '华星电子']);
  }, 60_000);
});
