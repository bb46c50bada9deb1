import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { computeHealthScore } from '../domain/healthScore.ts';
import { healthInputsOf } from './healthInputsOf.ts';

const SH = 480;
const at = (date: string, hour = 10) => startOfCalendarDate(date, SH) + hour * 3_600_000;
const contact = (id: string, roles: ('tech' | 'purchase' | 'finance' | 'decision')[]) => ({ id, name: id, title: '', phone: '', wechat: '', email: '', roles, note: '' });
const customer = {
  needClarity: 'drawing' as const,
  contacts: [contact('k1', ['tech']), contact('k2', ['purchase', 'decision']), contact('k3', ['finance'])],
  competitors: [{ id: 's1', name: '西门子', seenAt: '2026-11-04', note: '' }],
};

describe('healthInputsOf', () => {
  it('counts the 90 days up to today in the team zone, the roles reached, and competitors of the last 30 days (hand-worked)', () => {
    const followUps = [
      { followedAt: at('2026-09-05', 0), contactId: 'k1', trashed: false }, // day 90 back, 00:00 Shanghai: counts
      { followedAt: at('2026-09-04', 23), contactId: '', trashed: false }, // day 91 back: does not
      { followedAt: at('2026-11-20'), contactId: 'k2', trashed: false },
      { followedAt: at('2026-12-03', 23), contactId: 'k3', trashed: true }, // trashed: k3 not reached
    ];
    const inputs = healthInputsOf(customer, followUps, '2026-12-03', SH);
    // 西门子 seen 11-04 is within the 30 days 11-04 … 12-03.
    expect(inputs).toEqual({ followUpsLast90Days: 2, needClarity: 'drawing', rolesContacted: ['tech', 'purchase', 'decision'], competitorSeenLast30Days: true });
    // 2/12 × 30 = 5, 2/3 × 25 = 16.67, 2/3 × 25 = 16.67, competitor 0 → 38.3 → 38, C.
    expect(computeHealthScore(inputs)).toMatchObject({ score: 38, grade: 'C' });
    // A day later the sighting is 31 days old (+20), and 09-05 has left the 90 days (1/12 × 30 = 2.5):
    // 2.5 + 16.67 + 16.67 + 20 = 55.8 → 56, B.
    const nextDay = healthInputsOf(customer, followUps, '2026-12-04', SH);
    expect(nextDay).toMatchObject({ followUpsLast90Days: 1, competitorSeenLast30Days: false });
    expect(computeHealthScore(nextDay)).toMatchObject({ score: 56, grade: 'B' });
  });
});
