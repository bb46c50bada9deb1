import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { reportAttachments, reportComments, reportCustomer, reportFollowUps, reportLookups } from '../../../../../shared/exporter/customerReport/customerReport.fixture.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { loadReportInputs } from './loadReportInputs.ts';

let db: SalesDeskDatabase;
afterEach(() => db.remove());

describe('loadReportInputs on real RxDB', () => {
  it('reads the chosen customers in the order chosen, each with its own follow-ups, 批注 and files; unknown ids are left out', async () => {
    db = await openDatabase({ name: `lr${Date.now()}`, storage: validatingStorage(getRxStorageMemory()), only: ['customers', 'followups', 'comments', 'attachments'] });
    const other = { ...reportCustomer(), id: 'c2', name: '无锡华远', shortName: '', evidence: [], contacts: [] };
    await db.customers.bulkInsert([reportCustomer(), other]);
    await db.followups.bulkInsert([...reportFollowUps(), { ...reportFollowUps()[0]!, id: 'g1', customerId: 'c2', summary: '华远首次电话' }]);
    // A report's comment whose target id happens to look like a customer's is not a customer comment.
    const stray = { ...reportComments()[0]!, id: 'm9', targetType: 'dailyReport' as const, targetId: 'c2', body: '日报批注' };
    await db.comments.bulkInsert([...reportComments(), stray]);
    const followUpFile = stampNew({ id: 'a9', ownerType: 'followUp' as const, ownerId: 'g1', fileName: '华远截图.png', mime: 'image/png', size: 10, sha256: 'b'.repeat(64) }, { now: 1, memberId: 'rep-li', clock: '1-0-t' });
    await db.attachments.bulkInsert([...reportAttachments(), followUpFile]);

    const reports = await loadReportInputs(db, ['c2', 'gone', 'c1', 'c2'], reportLookups);
    expect(reports.map((r) => r.customer.name)).toEqual(['无锡华远', '苏州恒瑞精密机械有限公司']);
    expect(reports[0]!.timeline.map((t) => t.text)).toEqual(['华远首次电话']);
    expect(reports[1]!.timeline.map((t) => t.method)).toEqual(['回复', '批注', '电话', '面访', '电话']);
    expect(reports[1]!.evidence[1]?.files).toBe('技术协议.pdf');
  });
});
