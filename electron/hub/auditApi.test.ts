import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_API_PREFIX, auditPageSchema, trashListSchema, type AuditPage } from '../../shared/sync/auditApiSchemas.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { stampNew } from '../../shared/sync/stampWrite.ts';
import { TEAM_API_PREFIX } from '../../shared/sync/teamApiSchemas.ts';
import { hashToken, newToken } from './hashToken.ts';
import { sampleFollowUp } from '../../tests/support/sampleFollowUp.ts';
import type { ReplicatedDoc } from './store/HubStore.ts';
import { startTeamHub, type TeamHub } from './startTeamHub.ts';
import { createWebApiHandlers } from './webApiHandlers.ts';

let dir: string;
let hub: TeamHub;
type Token = { token: string; memberId: string };
let admin: Token;
let rep: Token;
let other: Token;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2);

const get = async (path: string, token?: string) => {
  const res = await fetch(`${hub.url}${AUDIT_API_PREFIX}${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  return { status: res.status, body: (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } } };
};
const page = async (query: string, token = admin.token): Promise<AuditPage> => {
  const { status, body } = await get(`revisions?${query}`, token);
  if (status !== 200) throw new Error(body.error?.message);
  return auditPageSchema.parse(body.value);
};

/** A member's token as joining stores it (the hub keeps only its hash). */
const member = (role: Role, memberId: string): Token => {
  const token = newToken();
  hub.store.putToken({ tokenHash: hashToken(token), memberId, role, deviceName: `${memberId}的电脑`, createdAt: T0, revokedAt: null });
  return { token, memberId };
};

/** Writes straight into the hub's real store, as a sync session would, with chosen authors and hub times. */
const write = (collection: string, next: ReplicatedDoc, memberId: string, at: number, deviceId = 'pc1') => {
  const master = hub.store.get(collection, [next.id]).get(next.id) ?? null;
  const out = hub.store.push(collection, [{ assumedMasterState: master, newDocumentState: next }], { memberId, deviceId, at });
  expect(out.conflicts).toEqual([]);
};
const followUp = (id: string, ownerId: string, patch: Record<string, unknown> = {}): ReplicatedDoc =>
  ({ ...stampNew(sampleFollowUp(id, ownerId), { now: T0, memberId: ownerId, clock: `000000000000001:0000:${ownerId}` }), _deleted: false, ...patch }) as ReplicatedDoc;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'salesdesk-audit-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  hub = await startTeamHub({ dataDir: join(dir, 'data'), host: '127.0.0.1', port: 0, rendererDir: join(dir, 'renderer'), handlers: createWebApiHandlers({ version: 'test', platform: 'linux' }) });
  admin = member('admin', 'm-zhang');
  rep = member('rep', 'm-lina');
  other = member('rep', 'm-wang');
  // Day 0: 李娜 creates f1, day 1 张伟 edits it, day 2 李娜 trashes it; 王强's g1 is trashed on day 3.
  write('followups', followUp('f1', rep.memberId), rep.memberId, T0);
  write('followups', followUp('f1', rep.memberId, { summary: '已报价', amount: 88000 }), admin.memberId, T0 + DAY, 'office');
  write('followups', followUp('f1', rep.memberId, { summary: '已报价', amount: 88000, trashed: true, trashedAt: T0 + 2 * DAY }), rep.memberId, T0 + 2 * DAY);
  write('followups', followUp('g1', other.memberId), other.memberId, T0 + DAY);
  write('followups', followUp('g1', other.memberId, { trashed: true, trashedAt: T0 + 3 * DAY }), other.memberId, T0 + 3 * DAY);
  // An import taken back removes its rows for good: the master is `_deleted`.
  write('followups', followUp('p1', rep.memberId, { summary: '导入的跟进' }), admin.memberId, T0 + DAY);
  write('followups', followUp('p1', rep.memberId, { summary: '导入的跟进', _deleted: true }), admin.memberId, T0 + 4 * DAY);
});

afterAll(async () => {
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/audit/revisions (审计) on a real hub', () => {
  it('answers an admin newest first with who, when, which desktop and the fields changed', async () => {
    const all = await page('');
    expect(all.total).toBe(7);
    expect(all.rows.map((r) => [r.id, r.kind])).toEqual([
      ['p1', 'deleted'], ['g1', 'trashed'], ['f1', 'trashed'], ['p1', 'created'], ['g1', 'created'], ['f1', 'changed'], ['f1', 'created'],
    ]);
    const edit = all.rows.find((r) => r.id === 'f1' && r.kind === 'changed');
    expect(edit).toMatchObject({ memberId: admin.memberId, deviceId: 'office', at: T0 + DAY, collection: 'followups' });
    expect(edit?.changes).toEqual([
      { field: 'summary', from: '电话沟通', to: '已报价' },
      { field: 'amount', to: 88000 },
    ]);
  });

  it('filters by member, date range and record type, and pages with a cursor without gaps or repeats', async () => {
    expect((await page(`member=${rep.memberId}`)).rows.map((r) => r.kind)).toEqual(['trashed', 'created']);
    const days = await page(`from=${T0 + DAY}&to=${T0 + 3 * DAY}`);
    expect(days.rows.map((r) => r.at)).toEqual([T0 + 2 * DAY, T0 + DAY, T0 + DAY, T0 + DAY]);
    expect(days.total).toBe(4);
    expect((await page('types=customers,dailyreports')).total).toBe(0);
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const p: AuditPage = await page(`limit=2${cursor ? `&before=${cursor}` : ''}`);
      seen.push(...p.rows.map((r) => `${r.seq}`));
      cursor = p.next;
    }
    expect(seen).toEqual((await page('')).rows.map((r) => `${r.seq}`));
  });

  it('refuses reps (403), revoked or missing tokens (401) and bad parameters (400), in Chinese', async () => {
    const asRep = await get('revisions', rep.token);
    expect(asRep.status).toBe(403);
    expect(asRep.body.error?.message).toContain('只有管理员可以查看审计记录');
    expect((await get('revisions')).status).toBe(401);
    for (const [query, message] of [
      ['from=abc', '开始时间应为毫秒时间戳'],
      ['types=secrets', '记录类型无效'],
      ['limit=9999', '每页最多 500 条'],
      ['before=x', '翻页位置无效'],
      [`from=${T0 + DAY}&to=${T0}`, '开始时间应早于结束时间'],
      ['drop=1', '查询参数中有无法识别的项'],
    ]) {
      const res = await get(`revisions?${query}`, admin.token);
      expect(res.status, query).toBe(400);
      expect(res.body.error?.message).toContain(message);
    }
  });
});

describe('GET /api/audit/trash (回收站)', () => {
  it('lists trashed and purged records; a rep only their own, an admin the team’s', async () => {
    const list = async (token: string, query = '') => trashListSchema.parse((await get(`trash${query}`, token)).body.value);
    const asAdmin = await list(admin.token);
    expect(asAdmin.items.map((i) => [i.id, i.state, i.by])).toEqual([
      ['p1', 'purged', admin.memberId], ['g1', 'trashed', other.memberId], ['f1', 'trashed', rep.memberId],
    ]);
    // A purged record comes back with its content from before the removal.
    expect(asAdmin.items[0]?.doc).toMatchObject({ summary: '导入的跟进', _deleted: false });
    expect(asAdmin.items[2]).toMatchObject({ at: T0 + 2 * DAY });
    expect((await list(rep.token)).items.map((i) => i.id)).toEqual(['p1', 'f1']);
    expect((await list(other.token)).items.map((i) => i.id)).toEqual(['g1']);
    expect((await list(admin.token, '?type=customers')).items).toEqual([]);
  });

  it('refuses a revoked member', async () => {
    const gone = { value: member('rep', 'm-zhao') };
    expect((await get('trash', gone.value.token)).status).toBe(200);
    const revoke = await fetch(`${hub.url}${TEAM_API_PREFIX}revoke`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin.token}` }, body: JSON.stringify({ memberId: gone.value.memberId }),
    });
    expect(revoke.status).toBe(200);
    const refused = await get('trash', gone.value.token);
    expect(refused.status).toBe(401);
    expect(refused.body.error?.message).toContain('已被撤销');
  });
});

describe('audit queries at 100,000 revisions', () => {
  it('pages newest first through an index, fast', () => {
    const batch = 1000;
    for (let b = 0; b < 100; b++) {
      const rows = Array.from({ length: batch }, (_, i) => ({ assumedMasterState: null, newDocumentState: followUp(`bulk${b}-${i}`, rep.memberId) }));
      hub.store.push('followups', rows, { memberId: b % 10 === 0 ? other.memberId : rep.memberId, deviceId: 'bulk', at: T0 + 10 * DAY + b * 60_000 });
    }
    const started = performance.now();
    const first = hub.store.audit.revisions({ collections: [], from: 0, to: 9e15, limit: 50 });
    const byMember = hub.store.audit.revisions({ memberId: other.memberId, collections: ['followups'], from: 0, to: T0 + 50 * DAY, limit: 50, before: { at: T0 + 50 * DAY, seq: 1 } });
    const count = hub.store.audit.countRevisions({ memberId: other.memberId, collections: [], from: 0, to: 9e15 });
    const elapsed = performance.now() - started;
    expect(first).toHaveLength(50);
    expect(first[0]!.at).toBe(T0 + 10 * DAY + 99 * 60_000);
    expect(byMember.every((r) => r.memberId === other.memberId)).toBe(true);
    expect(count).toBe(10 * batch + 2);
    expect(elapsed).toBeLessThan(250);
  }, 60_000);
});
