import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { defaultOptionLists } from '../domain/options.ts';
import { followUpOf } from './customerTestData.fixture.ts';
import { wonDaysByCustomer } from './wonDays.ts';

const SH = 480;
const at = (d: string, hour = 10) => startOfCalendarDate(d, SH) + hour * 3_600_000;

describe('wonDaysByCustomer', () => {
  it('dates each move into a won stage on the team calendar, not a follow-up that stays won', () => {
    const days = wonDaysByCustomer([
      followUpOf('f1', 'c1', { stage: 'quote', followedAt: at('2026-10-01') }),
      followUpOf('f2', 'c1', { stage: 'won', followedAt: at('2026-10-20', 23) }),
      followUpOf('f3', 'c1', { stage: 'won', followedAt: at('2026-10-25') }),
      followUpOf('f4', 'c2', { stage: 'won', followedAt: at('2026-11-02') }),
      followUpOf('f5', 'c3', { stage: 'won', followedAt: at('2026-11-03'), trashed: true }),
    ], defaultOptionLists().stages, SH);
    expect(Object.fromEntries(days)).toEqual({ c1: ['2026-10-20'], c2: ['2026-11-02'] });
  });
});
