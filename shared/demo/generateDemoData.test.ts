import { describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { CollectionName } from '../db/collections.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { dailyReportId } from '../db/schemas/dailyReportSchema.ts';
import { descKey, type FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { addDays, toCalendarDate, weekdayOf } from '../domain/calendarDate.ts';
import { computeHealthScore } from '../domain/healthScore.ts';
import { demoCalendar } from './demoCalendar.ts';
import { generateDemoData } from './generateDemoData.ts';
import { validatingStorage } from '../db/schemaValidator.ts';

const OFFSET = 480;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Wednesday 2026-05-20, 15:15 in Shanghai. */
const NOW = Date.UTC(2026, 4, 20, 7, 15);
const TODAY = '2026-05-20';

const data = generateDemoData({ seed: 7, now: NOW });

const localMinute = (at: number): number => Math.floor((((at + OFFSET * 60_000) % DAY) + DAY) % DAY / 60_000);
const byCustomer = (followUps: readonly FollowUpDoc[]): Map<string, FollowUpDoc[]> => {
  const map = new Map<string, FollowUpDoc[]>();
  for (const f of followUps) {
    const list = map.get(f.customerId) ?? [];
    list.push(f);
    map.set(f.customerId, list);
  }
  return map;
};
const latestOf = (list: readonly FollowUpDoc[]): FollowUpDoc | undefined =>
  list.reduce<FollowUpDoc | undefined>((best, f) => (!best || f.followedAt > best.followedAt ? f : best), undefined);
const share = (part: number, whole: number): number => part / whole;

describe('generateDemoData: determinism and size', () => {
  it('gives deep-equal data for the same options and different data for another seed', () => {
    const options = { seed: 11, now: NOW, followUps: 800 };
    const first = generateDemoData(options);
    expect(generateDemoData(options)).toEqual(first);
    const other = generateDemoData({ ...options, seed: 12 });
    expect(other.customers.map((c) => c.name)).not.toEqual(first.customers.map((c) => c.name));
    expect(other.followUps.map((f) => f.followedAt)).not.toEqual(first.followUps.map((f) => f.followedAt));
  });

  it.each([
    [7, 10],
    [200, 12],
    [5000, 300],
  ])('produces exactly %i follow-ups and %i customers', (followUps, customers) => {
    const result = generateDemoData({ seed: 3, now: NOW, followUps });
    expect(result.followUps).toHaveLength(followUps);
    expect(result.customers).toHaveLength(customers);
  });

  it('produces exactly 100,000 follow-ups and 6,000 customers at full scale', () => {
    const big = generateDemoData({ seed: 5, now: NOW, followUps: 100_000 });
    expect(big.followUps).toHaveLength(100_000);
    expect(big.customers).toHaveLength(6000);
    expect(new Set(big.followUps.map((f) => f.id)).size).toBe(100_000);
    expect(big.followUps.every((f) => f.followedAt <= NOW)).toBe(true);
  }, 60_000);

  it('refuses options it cannot honour', () => {
    expect(() => generateDemoData({ seed: 1, now: NOW, followUps: -1 })).toThrow(RangeError);
    expect(() => generateDemoData({ seed: 1, now: NOW, reps: 0 })).toThrow(RangeError);
    expect(() => generateDemoData({ seed: 1, now: NOW, months: 1.5 })).toThrow(RangeError);
  });
});

describe('generateDemoData: team', () => {
  it('has one manager and eight reps reporting to them, with distinct Chinese names and 11-digit mobiles', () => {
    const managers = data.members.filter((m) => m.role === 'manager');
    const reps = data.members.filter((m) => m.role === 'rep');
    expect(managers).toHaveLength(1);
    expect(reps).toHaveLength(8);
    expect(reps.every((r) => r.managerId === managers[0]?.id)).toBe(true);
    expect(new Set(data.members.map((m) => m.name)).size).toBe(9);
    expect(data.members.every((m) => /^[\u4e00-\u9fa5]{2,3}$/.test(m.name) && /^1[3-9]\d{9}$/.test(m.phone))).toBe(true);
    expect(reps.every((r) => ['销售一部', '销售二部'].includes(r.department) && r.monthlyTarget >= 200_000 && r.monthlyTarget <= 600_000)).toBe(true);
  });

  it('stamps the team settings with the admin and the default options', () => {
    const custom = generateDemoData({ seed: 7, now: NOW, followUps: 100, adminId: 'boss' });
    expect(custom.teamSettings.createdBy).toBe('boss');
    expect(data.teamSettings).toMatchObject({ id: 'team', teamName: '华东销售团队', company: '上海启航智能装备有限公司', utcOffsetMinutes: OFFSET, createdBy: 'admin' });
  });
});

describe('generateDemoData: customers and follow-ups', () => {
  const customers = new Map(data.customers.map((c) => [c.id, c]));
  const members = new Set(data.members.map((m) => m.id));
  const grouped = byCustomer(data.followUps);

  it('links every follow-up to an existing customer, its owner and one of its contacts', () => {
    for (const f of data.followUps) {
      const customer = customers.get(f.customerId);
      expect(customer, f.id).toBeDefined();
      expect(f.ownerId).toBe(customer?.ownerId);
      expect(customer?.contacts.map((c) => c.id)).toContain(f.contactId);
      expect(f.nextOwnerId === '' || members.has(f.nextOwnerId)).toBe(true);
    }
  });

  it('dates follow-ups inside the period, on 09:00–18:30 local time, mostly Monday to Friday', () => {
    const { start } = demoCalendar(NOW, 6, OFFSET);
    expect(start).toBeGreaterThanOrEqual(NOW - 6 * 31 * DAY);
    const saturdays = data.followUps.filter((f) => weekdayOf(toCalendarDate(f.followedAt, OFFSET)) === 6).length;
    for (const f of data.followUps) {
      expect(f.followedAt).toBeGreaterThanOrEqual(start);
      expect(f.followedAt).toBeLessThanOrEqual(NOW);
      expect(localMinute(f.followedAt)).toBeGreaterThanOrEqual(9 * 60);
      expect(localMinute(f.followedAt)).toBeLessThanOrEqual(18 * 60 + 30);
      expect(weekdayOf(toCalendarDate(f.followedAt, OFFSET))).not.toBe(0);
      expect(f.followedDesc).toBe(descKey(f.followedAt));
    }
    expect(share(saturdays, data.followUps.length)).toBeLessThan(0.05);
  });

  it('keeps each customer in step with its latest follow-up', () => {
    for (const customer of data.customers) {
      const latest = latestOf(grouped.get(customer.id) ?? []);
      expect(latest, customer.id).toBeDefined();
      expect(customer.stage).toBe(latest?.stage);
      expect(customer.status).toBe(latest?.status);
      expect(customer.lastFollowedAt).toBe(latest?.followedAt);
      expect(customer.nextDate).toBe(latest?.nextDate);
      expect(customer.createdAt).toBeLessThanOrEqual(Math.min(...(grouped.get(customer.id) ?? []).map((f) => f.followedAt)));
    }
  });

  it('gives customers unique names and normalized keys, and phone keys from their contacts', () => {
    expect(new Set(data.customers.map((c) => c.name)).size).toBe(data.customers.length);
    expect(new Set(data.customers.map((c) => c.nameKey)).size).toBe(data.customers.length);
    for (const c of data.customers) {
      expect(c.name).toMatch(/(有限公司|股份有限公司|有限责任公司)$/);
      expect(c.nameKey).not.toMatch(/有限|\s|[()（）]/);
      expect(c.phoneKeys).toEqual(c.contacts.map((k) => k.phone));
      expect(c.contacts.length).toBeGreaterThanOrEqual(1);
      expect(c.contacts.length).toBeLessThanOrEqual(4);
    }
  });

  it('sets status and amount by stage: quoted/negotiating/signed with ¥20k–2M, none before quoting', () => {
    const statusOf: Record<string, string[]> = {
      lead: ['callback'], contact: ['callback'], needs: ['callback'], quote: ['quoted'],
      negotiation: ['negotiating', 'signing'], won: ['signed'], lost: ['churned'],
    };
    for (const f of data.followUps) {
      expect(statusOf[f.stage], f.id).toContain(f.status);
      const priced = ['quote', 'negotiation', 'won'].includes(f.stage);
      expect(f.amount === undefined, f.id).toBe(!priced);
      if (priced) expect(f.amount).toBeGreaterThanOrEqual(20_000);
      if (priced) expect(f.amount).toBeLessThanOrEqual(2_000_000);
    }
  });

  it('walks stages forward only, and ends some deals won, some lost, most open', () => {
    const rank = ['lead', 'contact', 'needs', 'quote', 'negotiation', 'won'];
    for (const list of grouped.values()) {
      const ranks = list.filter((f) => f.stage !== 'lost').map((f) => rank.indexOf(f.stage));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(list[0]?.stage).toBe('lead');
    }
    const won = data.customers.filter((c) => c.stage === 'won').length;
    const lost = data.customers.filter((c) => c.stage === 'lost').length;
    expect(share(won, data.customers.length)).toBeGreaterThanOrEqual(0.07);
    expect(share(won, data.customers.length)).toBeLessThanOrEqual(0.2);
    expect(lost).toBeGreaterThan(0);
    expect(share(data.customers.length - won - lost, data.customers.length)).toBeGreaterThan(0.5);
  });

  it('leaves open customers overdue, due today and upcoming; closed ones without a plan', () => {
    const open = data.customers.filter((c) => c.stage !== 'won' && c.stage !== 'lost');
    expect(open.filter((c) => c.nextDate !== '' && c.nextDate < TODAY).length).toBeGreaterThan(10);
    expect(open.filter((c) => c.nextDate === TODAY).length).toBeGreaterThan(5);
    expect(open.filter((c) => c.nextDate > TODAY).length).toBeGreaterThan(10);
    expect(data.customers.filter((c) => c.stage === 'won' || c.stage === 'lost').every((c) => c.nextDate === '')).toBe(true);
  });

  it('has one rep clearly weaker than the team at quote → negotiation', () => {
    const reached = (list: FollowUpDoc[], stages: string[]): boolean => list.some((f) => stages.includes(f.stage));
    const rate = (lists: FollowUpDoc[][]): number => {
      const quoted = lists.filter((l) => reached(l, ['quote']));
      return quoted.filter((l) => reached(l, ['negotiation', 'won'])).length / quoted.length;
    };
    const lists = [...grouped.values()];
    const team = rate(lists);
    const reps = data.members.filter((m) => m.role === 'rep').map((r) => rate(lists.filter((l) => l[0]?.ownerId === r.id)));
    expect(Math.min(...reps)).toBeLessThan(team * 0.7);
  });

  it('derives grade and health score from DOMAIN.md’s formula over the customer’s own data', () => {
    const monthAgo = toCalendarDate(NOW - 30 * DAY, OFFSET);
    for (const c of data.customers) {
      const list = grouped.get(c.id) ?? [];
      const contacted = new Set(list.map((f) => f.contactId));
      const expected = computeHealthScore({
        followUpsLast90Days: list.filter((f) => f.followedAt >= NOW - 90 * DAY).length,
        needClarity: c.needClarity,
        rolesContacted: c.contacts.filter((k) => contacted.has(k.id)).flatMap((k) => k.roles),
        competitorSeenLast30Days: c.competitors.some((s) => s.seenAt >= monthAgo),
      });
      expect({ id: c.id, score: c.healthScore, grade: c.grade }).toEqual({ id: c.id, score: expected.score, grade: expected.grade });
    }
    expect(new Set(data.customers.map((c) => c.grade))).toEqual(new Set(['A', 'B', 'C']));
  });

  it('gives each customer a grade history: past quarter ends it existed at, ending with today’s grade', () => {
    let withPast = 0;
    for (const c of data.customers) {
      const history = c.gradeHistory ?? [];
      const last = history.at(-1);
      expect({ id: c.id, grade: last?.grade, score: last?.score }).toEqual({ id: c.id, grade: c.grade, score: c.healthScore });
      expect(history.map((s) => s.date)).toEqual([...history.map((s) => s.date)].sort());
      // Nothing before the customer existed, and one snapshot per Monday at most.
      expect(history[0]!.date >= addDays(toCalendarDate(c.createdAt, OFFSET), -6)).toBe(true);
      expect(new Set(history.map((s) => weekdayOf(s.date)))).toEqual(new Set([1]));
      if (history.some((s) => s.date < '2026-04-01')) withPast++;
    }
    // 评级准确率 has past quarters to measure for most of the sample team.
    expect(withPast / data.customers.length).toBeGreaterThan(0.5);
  });

  it('expects open priced deals to close 3–12 weeks after their latest follow-up, others not at all', () => {
    for (const c of data.customers) {
      const open = c.expectedAmount !== undefined && c.stage !== 'won' && c.stage !== 'lost';
      if (!open) { expect(c.expectedCloseDate).toBeUndefined(); continue; }
      const from = toCalendarDate(c.lastFollowedAt || NOW, OFFSET);
      expect(c.expectedCloseDate! >= addDays(from, 21) && c.expectedCloseDate! <= addDays(from, 84)).toBe(true);
    }
  });
});

describe('generateDemoData: daily reports and comments', () => {
  const { reportDays } = demoCalendar(NOW, 6, OFFSET);
  const reps = data.members.filter((m) => m.role === 'rep');

  it('counts each report’s follow-ups from that rep’s follow-ups that day', () => {
    const perDay = new Map<string, number>();
    for (const f of data.followUps) {
      const key = dailyReportId(f.ownerId, toCalendarDate(f.followedAt, OFFSET));
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    for (const r of data.dailyReports) expect(r.metrics.followUps, r.id).toBe(perDay.get(r.id) ?? 0);
    expect(data.dailyReports.some((r) => (r.metrics.followUps ?? 0) > 0)).toBe(true);
  });

  it('expects a report on each workday before today; about 5% missing, about 10% late', () => {
    const expected = reps.length * reportDays.length;
    expect(reportDays.every((d) => d.date < TODAY && weekdayOf(d.date) >= 1 && weekdayOf(d.date) <= 5)).toBe(true);
    expect(new Set(data.dailyReports.map((r) => r.id)).size).toBe(data.dailyReports.length);
    const missing = share(expected - data.dailyReports.length, expected);
    expect(missing).toBeGreaterThan(0.02);
    expect(missing).toBeLessThan(0.09);
    const late = share(data.dailyReports.filter((r) => r.lateMinutes > 0).length, expected);
    expect(late).toBeGreaterThan(0.05);
    expect(late).toBeLessThan(0.16);
  });

  it('times submissions against the 20:00 deadline and reads after submitting', () => {
    for (const r of data.dailyReports) {
      const deadline = Date.parse(`${r.date}T20:00:00+08:00`);
      expect(r.lateMinutes).toBe(Math.max(0, (r.submittedAt - deadline) / 60_000));
      if (r.lateMinutes === 0) expect(r.submittedAt).toBeGreaterThanOrEqual(deadline - 3 * HOUR);
      expect(r.submittedAt).toBeLessThanOrEqual(NOW);
      for (const receipt of r.readBy) expect(receipt.at).toBeGreaterThan(r.submittedAt);
    }
    expect(share(data.dailyReports.filter((r) => r.readBy.length > 0).length, data.dailyReports.length)).toBeGreaterThan(0.7);
  });

  it('has the manager comment on about 10% of reports, mentioning the rep by name when @-ing', () => {
    const reports = new Map(data.dailyReports.map((r) => [r.id, r]));
    const managerId = data.members.find((m) => m.role === 'manager')?.id;
    expect(share(data.comments.length, data.dailyReports.length)).toBeGreaterThan(0.05);
    expect(share(data.comments.length, data.dailyReports.length)).toBeLessThan(0.15);
    for (const c of data.comments) {
      const report = reports.get(c.targetId);
      expect(report, c.id).toBeDefined();
      expect(c.authorId).toBe(managerId);
      expect(c.createdAt).toBeGreaterThan(report?.submittedAt ?? Infinity);
      const rep = data.members.find((m) => m.id === report?.memberId);
      expect(c.mentions.length > 0).toBe(c.body.startsWith(`@${rep?.name} `));
      if (c.mentions.length > 0) expect(c.mentions).toEqual([report?.memberId]);
    }
  });

  it('includes tonight’s report once `now` is past 20:00, and no follow-up before 09:00 today', () => {
    const evening = generateDemoData({ seed: 7, now: Date.parse(`${TODAY}T21:30:00+08:00`), followUps: 500 });
    expect(evening.dailyReports.some((r) => r.date === TODAY)).toBe(true);
    const early = generateDemoData({ seed: 7, now: Date.parse(`${TODAY}T08:00:00+08:00`), followUps: 500 });
    expect(early.followUps.some((f) => toCalendarDate(f.followedAt, OFFSET) === TODAY)).toBe(false);
    // Yesterday's reports were due at 20:00 last night, so they are there (or missing) already.
    expect(early.dailyReports.some((r) => r.date === addDays(TODAY, -1))).toBe(true);
  });
});

describe('generateDemoData: schema acceptance', () => {
  it('writes every generated document into a real RxDB without a single validation error', async () => {
    const db = await openDatabase({ name: `demo${NOW}`, storage: validatingStorage(getRxStorageMemory()) });
    const batches: [CollectionName, readonly object[]][] = [
      ['teamsettings', [data.teamSettings]],
      ['members', data.members],
      ['customers', data.customers],
      ['followups', data.followUps],
      ['dailyreports', data.dailyReports],
      ['comments', data.comments],
    ];
    try {
      for (const [name, docs] of batches) {
        const { success, error } = await db.collections[name].bulkInsert(docs as never[]);
        expect(error.slice(0, 3).map((e) => JSON.stringify(e).slice(0, 600)), name).toEqual([]);
        expect(success, name).toHaveLength(docs.length);
      }
    } finally {
      await db.remove();
    }
  }, 60_000);
});
