import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CollectionName, SalesDeskDatabase } from '../../shared/db/collections.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../shared/db/schemaValidator.ts';
import { dailyReportId, type DailyReportDoc } from '../../shared/db/schemas/dailyReportSchema.ts';
import { TEAM_SETTINGS_ID } from '../../shared/db/schemas/teamSettingsSchema.ts';
import { insertStamped, patchStamped } from '../../shared/db/stampedWrites.ts';
import { defaultTeamSettings } from '../../shared/domain/defaultTeamSettings.ts';
import { newCustomerFields } from '../../shared/domain/newCustomerFields.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { connectToHub } from '../../shared/sync/hubConnection.ts';
import type { SyncMeta } from '../../shared/sync/syncMeta.ts';
import { wipeWhenRevoked } from '../../shared/sync/wipeWhenRevoked.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { clientWriter, createTeamHarness, eventually, goOffline, type TestClient } from './support/teamHarness.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(async () => {
  await team.close();
});

// RxDB's free build allows 13 open collections per process: 4 + 3 + 2 + 3 here.
const desk = async (name: string, only: CollectionName[], role: Role, joined?: Awaited<ReturnType<typeof team.member>>): Promise<TestClient> => {
  const db = await openDatabase({ name: `${name}${Date.now()}${Math.random()}`.replace(/\W/g, ''), storage: validatingStorage(getRxStorageMemory()), only });
  return team.connect(name, db, joined ?? (await team.member(role, name)));
};
const ids = async (db: SalesDeskDatabase, c: 'customers' | 'followups' | 'dailyreports') => (await db[c].find().exec()).map((d) => d.primary).sort();
const report = (memberId: string): Omit<DailyReportDoc, keyof SyncMeta> => ({
  id: dailyReportId(memberId, '2026-11-20'), memberId, date: '2026-11-20', status: 'submitted', submittedAt: Date.UTC(2026, 10, 20, 11), lateMinutes: 0,
  metrics: { followUps: 3 }, sections: { today: '拜访了三家客户' }, templateVersion: 1, edits: [], readBy: [],
});
/** Every document id a connection was sent in changes (live stream) after `since` is switched on. */
const recordChanges = (c: TestClient) => {
  const seen = new Set<string>();
  c.conn.changes$.subscribe((m) => m.documents.forEach((d) => seen.add(d.id)));
  return seen;
};
const setRule = async (admin: TestClient, on: boolean) => {
  const doc = await admin.db.teamsettings.findOne(TEAM_SETTINGS_ID).exec();
  await patchStamped(doc!, { repsSeeOwnOnly: on }, clientWriter(admin));
};
const reassign = async (admin: TestClient, c: 'customers' | 'followups', id: string, ownerId: string) => {
  const doc = await admin.db[c].findOne(id).exec();
  await patchStamped(doc! as never, { ownerId } as never, clientWriter(admin));
};

describe('销售只看自己的客户 enforced by the hub', () => {
  it('sends each rep only their customers, follow-ups and reports; reassignment brings history in and takes it away; off brings all back', async () => {
    const admin = await desk('管理员', ['customers', 'followups', 'dailyreports', 'teamsettings'], 'admin');
    const rep1 = await desk('李娜', ['customers', 'followups', 'dailyreports'], 'rep');
    const rep2 = await desk('王强', ['customers', 'followups'], 'rep');
    const [r1, r2, a] = [rep1.member.memberId, rep2.member.memberId, admin.member.memberId];
    const w = clientWriter(admin);
    await insertStamped(admin.db.teamsettings, defaultTeamSettings('华东销售部', '恒星科技'), w);
    await insertStamped(admin.db.customers, newCustomerFields('cA', '苏州恒瑞精密机械', r1), w);
    await insertStamped(admin.db.customers, newCustomerFields('cB', '杭州海康智造', r2), w);
    await insertStamped(admin.db.customers, newCustomerFields('cC', '南京金陵医药', a), w);
    await insertStamped(admin.db.followups, sampleFollowUp('fA1', r1, { customerId: 'cA' }), w);
    await insertStamped(admin.db.followups, sampleFollowUp('fB1', r2, { customerId: 'cB', summary: '王强的报价' }), w);
    // 李娜 follows 南京金陵医药: she is 责任人 of one of its follow-ups; the admin's own follow-up comes with it.
    await insertStamped(admin.db.followups, sampleFollowUp('fC1', r1, { customerId: 'cC' }), w);
    await insertStamped(admin.db.followups, sampleFollowUp('fC2', a, { customerId: 'cC', summary: '管理员面谈' }), w);
    await insertStamped(admin.db.dailyreports, report(r2), w);
    await insertStamped(rep1.db.dailyreports, report(r1), clientWriter(rep1));
    await eventually(async () => expect(await ids(rep1.db, 'followups')).toHaveLength(4));
    await eventually(async () => expect(await ids(rep1.db, 'dailyreports')).toHaveLength(2));

    // The rule on: what rep1 already holds of rep2's goes away, on the live connection.
    await setRule(admin, true);
    await eventually(async () => {
      expect(await ids(rep1.db, 'customers')).toEqual(['cA', 'cC']);
      expect(await ids(rep1.db, 'followups')).toEqual(['fA1', 'fC1', 'fC2']);
      expect(await ids(rep1.db, 'dailyreports')).toEqual([dailyReportId(r1, '2026-11-20')]);
      expect(await ids(rep2.db, 'customers')).toEqual(['cB']);
      expect(await ids(rep2.db, 'followups')).toEqual(['fB1']);
    });
    // The hide was applied as the hub's state: nothing was pushed back, the hub still has all of it.
    expect(team.hub.store.get('customers', ['cB']).get('cB')?._deleted).toBe(false);

    // A second desktop of rep1 joining now pulls (snapshot and live) only rep1's share.
    const rep1b = await desk('李娜2', ['customers', 'followups', 'dailyreports'], 'rep', rep1.member);
    const live = recordChanges(rep1b);
    await eventually(async () => expect(await ids(rep1b.db, 'followups')).toEqual(['fA1', 'fC1', 'fC2']));
    expect(await ids(rep1b.db, 'customers')).toEqual(['cA', 'cC']);
    expect(await ids(rep1b.db, 'dailyreports')).toEqual([dailyReportId(r1, '2026-11-20')]);

    // Live: a new follow-up of rep2's customer reaches rep2, never rep1.
    await insertStamped(admin.db.followups, sampleFollowUp('fB2', r2, { customerId: 'cB', summary: '王强二次报价' }), w);
    await eventually(async () => expect(await ids(rep2.db, 'followups')).toEqual(['fB1', 'fB2']));
    await insertStamped(admin.db.followups, sampleFollowUp('fA2', r1, { customerId: 'cA' }), w);
    await eventually(async () => expect(await ids(rep1b.db, 'followups')).toContain('fA2'));
    expect([...live].filter((id) => id.startsWith('fB') || id === 'cB')).toEqual([]);

    // Reassigned to rep1: the customer and its earlier follow-ups arrive.
    await reassign(admin, 'customers', 'cB', r1);
    await eventually(async () => {
      expect(await ids(rep1.db, 'customers')).toEqual(['cA', 'cB', 'cC']);
      expect(await ids(rep1.db, 'followups')).toEqual(['fA1', 'fA2', 'fB1', 'fB2', 'fC1', 'fC2']);
      expect(await ids(rep1b.db, 'followups')).toEqual(['fA1', 'fA2', 'fB1', 'fB2', 'fC1', 'fC2']);
    });
    expect((await rep1.db.followups.findOne('fB1').exec())?.summary).toBe('王强的报价');

    // Taken away: the admin takes over rep1's only follow-up of 南京金陵医药, so rep1 no longer follows it.
    await reassign(admin, 'followups', 'fC1', a);
    await eventually(async () => {
      expect(await ids(rep1.db, 'customers')).toEqual(['cA', 'cB']);
      expect(await ids(rep1.db, 'followups')).toEqual(['fA1', 'fA2', 'fB1', 'fB2']);
    });

    // The rule off: everything comes back.
    await setRule(admin, false);
    await eventually(async () => {
      expect(await ids(rep1.db, 'customers')).toEqual(['cA', 'cB', 'cC']);
      expect(await ids(rep1.db, 'followups')).toEqual(['fA1', 'fA2', 'fB1', 'fB2', 'fC1', 'fC2']);
      expect(await ids(rep1.db, 'dailyreports')).toEqual([dailyReportId(r1, '2026-11-20'), dailyReportId(r2, '2026-11-20')].sort());
    });
  }, 30_000);

  it('a rep offline while the rule was switched on and a customer reassigned away drops them when back', async () => {
    const admin = await desk('管理员', ['customers', 'followups', 'teamsettings'], 'admin');
    const rep1 = await desk('李娜', ['customers', 'followups'], 'rep');
    const rep2 = await team.member('rep', '王强');
    const w = clientWriter(admin);
    await insertStamped(admin.db.teamsettings, defaultTeamSettings('华东销售部', '恒星科技'), w);
    await insertStamped(admin.db.customers, newCustomerFields('cA', '苏州恒瑞精密机械', rep1.member.memberId), w);
    await insertStamped(admin.db.customers, newCustomerFields('cB', '杭州海康智造', rep2.memberId), w);
    await insertStamped(admin.db.followups, sampleFollowUp('fA1', rep1.member.memberId, { customerId: 'cA' }), w);
    await insertStamped(admin.db.followups, sampleFollowUp('fB1', rep2.memberId, { customerId: 'cB' }), w);
    await eventually(async () => expect(await ids(rep1.db, 'followups')).toEqual(['fA1', 'fB1']));

    await goOffline(rep1);
    await setRule(admin, true);
    await reassign(admin, 'customers', 'cA', rep2.memberId);
    await reassign(admin, 'followups', 'fA1', rep2.memberId);
    await eventually(() => expect(team.hub.store.get('followups', ['fA1']).get('fA1')?.['ownerId']).toBe(rep2.memberId));
    expect(await ids(rep1.db, 'customers')).toEqual(['cA', 'cB']);

    const back = team.connect('李娜', rep1.db, rep1.member);
    await eventually(async () => {
      expect(await ids(back.db, 'customers')).toEqual([]);
      expect(await ids(back.db, 'followups')).toEqual([]);
    });
    expect(team.hub.store.get('customers', ['cA']).get('cA')?._deleted).toBe(false);
  });

  it('a forged pull or push by a rep reads nothing of a colleague\u2019s', async () => {
    const admin = await desk('管理员', ['customers', 'followups', 'teamsettings'], 'admin');
    const w = clientWriter(admin);
    const rep1 = await team.member('rep', '李娜');
    const rep2 = await team.member('rep', '王强');
    await insertStamped(admin.db.teamsettings, { ...defaultTeamSettings('华东销售部', '恒星科技'), repsSeeOwnOnly: true }, w);
    await insertStamped(admin.db.customers, newCustomerFields('cB', '杭州海康智造', rep2.memberId), w);
    await insertStamped(admin.db.followups, sampleFollowUp('fB1', rep2.memberId, { customerId: 'cB', summary: '报价 88 万' }), w);
    await eventually(() => expect(team.hub.store.get('followups', ['fB1']).size).toBe(1));

    const conn = connectToHub({ hubUrl: team.hub.url, token: rep1.token, deviceId: 'forger', now: Date.now, retryMs: 100 });
    try {
      await eventually(() => expect(conn.state$.value.state).toBe('online'));
      for (const collection of ['customers', 'followups'] as const) {
        const pulled = await conn.request({ t: 'pull', collection, afterSeq: 0, limit: 5000 }, 'pulled');
        expect(pulled.documents).toEqual([]);
      }
      // A push with a stale assumption would be answered with the current master: refused instead, content unsaid.
      const forged = { ...team.hub.store.get('followups', ['fB1']).get('fB1')!, ownerId: rep1.memberId, summary: '?' };
      const push = conn.request({ t: 'push', collection: 'followups', rows: [{ assumedMasterState: { id: 'fB1', _deleted: false }, newDocumentState: forged }] }, 'pushed');
      const error = await push.then(() => null, (e: Error) => e.message);
      expect(error).toContain('不在你可见的范围内');
      expect(error).not.toContain('88');
      expect(team.hub.store.get('followups', ['fB1']).get('fB1')?.['summary']).toBe('报价 88 万');
    } finally {
      conn.close();
    }
  });
});

describe('a member removed from the team', () => {
  it('has their socket closed at once and their replica wiped at the next connection', async () => {
    const admin = await team.member('admin', '管理员');
    const rep = await desk('李娜', ['customers', 'followups'], 'rep');
    await insertStamped(rep.db.customers, newCustomerFields('c1', '苏州恒瑞精密机械', rep.member.memberId), clientWriter(rep));
    await eventually(() => expect(team.hub.store.get('customers', ['c1']).size).toBe(1));
    const states: string[] = [];
    rep.conn.state$.subscribe((s) => states.push(s.state === 'refused' ? `refused:${s.code}` : s.state === 'offline' ? `offline:${s.reason}` : s.state));
    const removedScreen: string[] = [];
    const watch = wipeWhenRevoked(rep.conn, rep.sync, rep.db, () => void removedScreen.push('你已被移出团队'));

    const response = await fetch(`${team.hub.url}/api/team/revoke`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin.token}` }, body: JSON.stringify({ memberId: rep.member.memberId }),
    });
    expect(await response.json()).toMatchObject({ ok: true, value: { revoked: 1 } });
    await watch.wiped;
    // The hub closed the open socket itself (code 4403), then refused the reconnection as revoked.
    expect(states).toContain('offline:访问权限已被撤销。');
    expect(states.at(-1)).toBe('refused:revoked');
    expect(removedScreen).toEqual(['你已被移出团队']);
    expect(rep.db.closed).toBe(true);
    // The same database name opens empty: the local copy of the team's customers is gone.
    const reopened = await openDatabase({ name: rep.db.name, storage: validatingStorage(getRxStorageMemory()), only: ['customers'] });
    expect(await reopened.customers.count().exec()).toBe(0);
    await reopened.remove();
  });
});
