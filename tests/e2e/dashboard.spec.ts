import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startTeamHub, type TeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import type { SalesDeskDatabase } from '../../shared/db/collections.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import type { CustomerDoc } from '../../shared/db/schemas/customerSchema.ts';
import { descKey, type FollowUpDoc } from '../../shared/db/schemas/followUpSchema.ts';
import { insertStamped, type Writer } from '../../shared/db/stampedWrites.ts';
import { generateDemoData } from '../../shared/demo/generateDemoData.ts';
import { startOfCalendarDate } from '../../shared/domain/calendarDate.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { connectToHub } from '../../shared/sync/hubConnection.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { startTeamSync } from '../../shared/sync/startTeamSync.ts';
import type { SyncMeta } from '../../shared/sync/syncMeta.ts';
import { buildTeamDocs } from '../../shared/team/buildTeamDocs.ts';
import { closeOffice, type OfficeDesk } from '../support/closeOffice.ts';
import { createSampleTeam } from '../support/createSampleTeam.ts';
import { rendererDir } from '../support/rendererDir.ts';

const shots = 'tests/screenshots';
mkdirSync(shots, { recursive: true });

/** Thursday 2026-12-03, 16:00 in Shanghai: the browser's clock while the sample team is made and read. 本周 = 11-30 … 12-06. */
const SAMPLE_NOW = Date.UTC(2026, 11, 3, 8);
/** The sample team's seed (useCreateTeam's DEMO_SEED): with the clock fixed, the browser makes exactly this data. */
const DEMO_SEED = 20261123;
const OFFSET = 480;
const STAGE_RANK: Record<string, number> = { lead: 1, contact: 2, needs: 3, quote: 4, negotiation: 5, won: 6 };
const CHARTS = ['funnel', 'conversion', 'trends', 'methods', 'evidence', 'submission', 'overdue'];

/**
 * The sample team's 本周, counted straight from the generated data (not through the dashboard's code):
 * each customer's latest follow-up of the week (by one rep, or anyone), placed by its stage.
 */
const sampleWeek = () => {
  const demo = generateDemoData({ seed: DEMO_SEED, now: SAMPLE_NOW, adminId: 'any' });
  const start = startOfCalendarDate('2026-11-30', OFFSET);
  const end = startOfCalendarDate('2026-12-07', OFFSET);
  const rows = (ownerId: string | null) => demo.followUps.filter((f) => !f.trashed && f.followedAt >= start && f.followedAt < end && (ownerId === null || f.ownerId === ownerId));
  const funnel = (ownerId: string | null) => {
    const latest = new Map<string, FollowUpDoc>();
    for (const f of rows(ownerId)) {
      const best = latest.get(f.customerId);
      if (!best || f.followedAt > best.followedAt || (f.followedAt === best.followedAt && f.id > best.id)) latest.set(f.customerId, f);
    }
    const ranks = [...latest.values()].map((f) => STAGE_RANK[f.stage] ?? 0).filter((r) => r > 0);
    return { total: ranks.length, layer: (k: number) => ranks.filter((r) => r > k).length };
  };
  const reps = demo.members.filter((m) => m.role === 'rep');
  const busiest = [...reps].sort((a, b) => funnel(b.id).total - funnel(a.id).total)[0]!;
  return { rows, funnel, busiest };
};

/** Every chart has drawn from the store (a first paint may come from the page’s last snapshot). */
const painted = (page: Page) => page.getByTestId('dashboard-page').and(page.locator('[data-painted^="live"]'));

/** The key of what every chart has drawn: it changes when a filter's new numbers are all drawn. */
const paintedKey = async (page: Page) => (await page.getByTestId('dashboard-page').getAttribute('data-painted')) ?? '';
const repainted = async (page: Page, before: string) => expect.poll(() => paintedKey(page), { timeout: 30_000 }).not.toBe(before);

/** Opaque pixels on each chart's canvas: more than a few hundred means ECharts drew something there. */
const drawnPixels = (page: Page) =>
  page.locator('[data-chart]').evaluateAll((charts) =>
    Object.fromEntries(charts.map((el) => {
      const canvas = el.querySelector('canvas');
      const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      let opaque = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) opaque++;
      return [el.getAttribute('data-chart'), opaque];
    })),
  );

/** The middle of funnel layer k, from the layout funnelModel fixes (left 4%, width 62%, 8 px top and bottom, 3 px gaps, six layers). */
const funnelLayerPoint = async (chart: Locator, k: number) => {
  const box = (await chart.boundingBox())!;
  const layer = (box.height - 16 - 3 * 5) / 6;
  return { x: box.x + box.width * (0.04 + 0.31), y: box.y + 8 + k * (layer + 3) + layer / 2 };
};

/** Everything on one screen: the page scrolls inside the app frame, so the window grows to its height. */
const fullPageShot = async (page: Page, path: string) => {
  const height = await page.locator('.content').evaluate((el) => (el.scrollTo(0, 0), el.scrollHeight));
  await page.setViewportSize({ width: 1366, height: height + 40 });
  await page.screenshot({ path, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 820 });
};

test('看板 with the sample team: every chart drawn, filters change the numbers, a funnel layer opens exactly its rows', async ({ page }) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(SAMPLE_NOW);
  await createSampleTeam(page);
  const week = sampleWeek();

  await page.getByRole('navigation').getByRole('button', { name: /看板/ }).click();
  await expect(page).toHaveURL(/#\/dashboard$/);
  await expect(painted(page)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('dashboard-subtitle')).toHaveText('本周 · 11月30日–12月6日 · 全员 · 全部来源');
  // Seven cards, each with its canvas drawn; none is empty for the team's week.
  for (const chart of CHARTS) await expect(page.getByTestId(`dashboard-${chart}`)).toBeVisible();
  await expect(page.getByTestId('dashboard-empty')).toHaveCount(0);
  const pixels = await drawnPixels(page);
  expect(Object.keys(pixels).sort()).toEqual([...CHARTS].sort());
  for (const chart of CHARTS) expect(pixels[chart], chart).toBeGreaterThan(500);
  // The numbers are the week's, counted independently from the same generated data.
  await expect(page.getByTestId('funnel-total')).toHaveText(`${week.funnel(null).total} 个客户`);
  await expect(page.getByTestId('kpi-followUps-value')).toHaveText(String(week.rows(null).length));
  // Reps far below the team are named in red, the numbers behind it on hover.
  await expect(page.getByTestId('dashboard-anomaly').first()).toHaveAttribute('title', /有 \d+ 个客户进入「.+」，其中 \d+ 个推进到/);
  await fullPageShot(page, `${shots}/85-dashboard.png`);
  // Having drawn from the store, the 看板 keeps a snapshot for the next start (drawn before the store is read).
  await expect.poll(() => page.evaluate(async () => (await caches.open('salesdesk-dashboard')).keys().then((k) => k.length)), { timeout: 20_000 }).toBe(1);

  // One rep: the funnel's total and the follow-ups become that rep's.
  const rep = week.busiest;
  const team = await paintedKey(page);
  await page.getByRole('combobox', { name: '成员' }).selectOption({ label: `${rep.name}（销售）` });
  await repainted(page, team);
  const mine = week.funnel(rep.id);
  expect(mine.total).toBeLessThan(week.funnel(null).total);
  await expect(page.getByTestId('funnel-total')).toHaveText(`${mine.total} 个客户`);
  await expect(page.getByTestId('kpi-followUps-value')).toHaveText(String(week.rows(rep.id).length));
  await expect(page.getByTestId('dashboard-subtitle')).toContainText(`本周 · 11月30日–12月6日 · ${rep.name} · 全部来源`);
  expect((await drawnPixels(page))['funnel']).toBeGreaterThan(500);
  await fullPageShot(page, `${shots}/86-dashboard-filtered.png`);

  // A click on the 需求确认 layer opens the grid with exactly those customers' rows, under a named chip.
  const needs = mine.layer(2);
  expect(needs).toBeGreaterThan(0);
  const at = await funnelLayerPoint(page.locator('[data-chart=funnel]'), 2);
  await page.mouse.click(at.x, at.y);
  await expect(page).toHaveURL(/#\/followups\/ids\//);
  await expect(page.getByTestId('linked-rows')).toContainText(`本周 ${rep.name} 需求确认及以后`);
  await expect(page.getByTestId('grid-count')).toHaveText(`${needs} 行`);

  // Back on the 看板, another period: 上周’s numbers.
  await page.getByRole('navigation').getByRole('button', { name: /看板/ }).click();
  await expect(painted(page)).toBeVisible();
  const before = await paintedKey(page);
  await page.getByRole('button', { name: '上周' }).click();
  await repainted(page, before);
  await expect(page.getByTestId('dashboard-subtitle')).toContainText('上周 · 11月23日–11月29日');

  // The admin switches to this week's 周报 and back.
  await page.getByRole('link', { name: '周报' }).click();
  await expect(page).toHaveURL(/#\/dashboard\/weekly\/2026-11-30$/);
  await expect(page.getByTestId('weekly-week')).toContainText('第49周');
  await page.getByRole('link', { name: '看板' }).click();
  await expect(painted(page)).toBeVisible();
});

test.describe('a rep’s 看板', () => {
  const ADMIN = 'admin-zhangwei';
  let hub: TeamHub;
  let dir: string;
  let office: OfficeDesk & { writer: Writer };

  /** The sample team on the office PC, pushed to a hub a rep's browser joins. */
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'salesdesk-e2e-dashboard-'));
    hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: 'e2e', platform: 'linux' }) });
    const joined = await joinTeam(hub.url, { code: hub.issueJoinCode('admin'), name: '张伟', deviceName: '办公室电脑', memberId: ADMIN });
    if (!joined.ok) throw new Error(joined.message);
    const db: SalesDeskDatabase = await openDatabase({ name: `office${Date.now()}`, storage: getRxStorageMemory(), only: ['members', 'teamsettings', 'customers', 'followups', 'dailyreports'] });
    const now = Date.now();
    const team = buildTeamDocs({ teamName: '华东销售团队', company: '上海启航智能装备有限公司', adminName: '张伟' }, { now, memberId: ADMIN, nodeId: 'office' });
    const demo = generateDemoData({ seed: DEMO_SEED, now, adminId: ADMIN });
    await db.teamsettings.insert(team.settings);
    await db.members.bulkInsert([team.admin, ...demo.members]);
    await db.customers.bulkInsert(demo.customers);
    await db.followups.bulkInsert(demo.followUps);
    await db.dailyreports.bulkInsert(demo.dailyReports);
    const conn = connectToHub({ hubUrl: hub.url, token: joined.value.token, deviceId: 'office', now: Date.now, retryMs: 200 });
    office = { db, conn, sync: startTeamSync(db, conn, { retryMs: 200 }), writer: { memberId: ADMIN, clock: createHlcClock('office', Date.now), now: Date.now } };
    await office.sync.awaitInSync();
  });

  test.afterAll(() => closeOffice(office, hub, dir));

  test('sees only their own numbers: the member filter is fixed to them', async ({ browser }) => {
    test.setTimeout(240_000);
    const page = await (await browser.newContext()).newPage();
    await page.goto(hub.url);
    await page.getByRole('button', { name: /加入团队/ }).click();
    await page.getByLabel('加入码').fill(hub.issueJoinCode('rep'));
    await page.getByLabel('你的姓名').fill('赵新');
    await page.getByRole('button', { name: '加入' }).click();
    await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 90_000 });
    let repId = '';
    await expect.poll(async () => (repId = (await office.db.members.findOne({ selector: { name: '赵新' } }).exec())?.id ?? ''), { timeout: 15_000 }).not.toBe('');

    // The office records the new rep's first week: two customers, three follow-ups (one moving a customer on).
    const sample = (await office.db.customers.find().exec()).slice(0, 2).map((c) => c.toMutableJSON());
    const strip = <T extends SyncMeta>(doc: T): Omit<T, keyof SyncMeta> => {
      const { createdAt: _a, createdBy: _b, updatedAt: _c, updatedBy: _d, trashed: _e, trashedAt: _f, clock: _g, conflicts: _h, ...rest } = doc as T & { trashedAt?: number };
      return rest;
    };
    const customers: Omit<CustomerDoc, keyof SyncMeta>[] = sample.map((c, i) => ({ ...strip(c), id: `zx-c${i}`, name: `赵新客户${i + 1}`, nameKey: `赵新客户${i + 1}`, ownerId: repId, stage: 'contact', evidence: [] }));
    for (const c of customers) await insertStamped(office.db.customers, c, { ...office.writer, memberId: repId });
    // An hour ago, but never before this Monday (Shanghai): the rows belong to 本周 whenever the test runs.
    const monday = new Date(Date.now() + OFFSET * 60_000);
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    const at = Math.max(Date.now() - 3_600_000, startOfCalendarDate(monday.toISOString().slice(0, 10), OFFSET) + 60_000);
    const followUp = (id: string, customerId: string, stage: string, offset: number): Omit<FollowUpDoc, keyof SyncMeta> => ({
      id, customerId, contactId: '', followedAt: at + offset, followedDesc: descKey(at + offset), method: 'phone', summary: '电话沟通，了解需求', status: 'callback',
      stage, nextDate: '', nextAction: '', nextOwnerId: '', ownerId: repId, remark: '', custom: {}, importBatchId: '',
    });
    for (const f of [followUp('zx-f1', 'zx-c0', 'lead', 0), followUp('zx-f2', 'zx-c0', 'contact', 60_000), followUp('zx-f3', 'zx-c1', 'contact', 120_000)]) {
      await insertStamped(office.db.followups, f, office.writer);
    }
    await office.sync.awaitInSync();

    await page.evaluate(() => (window.location.hash = '#/dashboard'));
    await expect(painted(page)).toBeVisible({ timeout: 60_000 });
    const member = page.getByRole('combobox', { name: '成员' });
    await expect(member).toBeDisabled();
    await expect(member.locator('option:checked')).toHaveText('赵新（销售）');
    await expect(page.getByTestId('dashboard-subtitle')).toContainText('赵新');
    await expect(page.getByTestId('kpi-followUps-value')).toHaveText('3', { timeout: 30_000 });
    await expect(page.getByTestId('funnel-total')).toHaveText('2 个客户');
    // Another period keeps the member fixed: last week the rep had nothing yet.
    const before = await paintedKey(page);
    await page.getByRole('button', { name: '上周' }).click();
    await repainted(page, before);
    await expect(member).toBeDisabled();
    await expect(page.getByTestId('kpi-followUps-value')).toHaveText('0');
    // The 周报 is the managers': a rep gets no 看板 | 周报 switch.
    await expect(page.getByRole('link', { name: '周报' })).toHaveCount(0);
  });
});
