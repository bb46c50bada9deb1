import type { DemoDay } from './demoCalendar.ts';
import type { Prng } from './prng.ts';

export type DemoMoment = { at: number; day: DemoDay };

const FIRST_MINUTE = 9 * 60;
const SATURDAY = 6;

/** Saturdays stay rare: most draws that land on one move to the neighbouring Friday or Monday. */
const avoidSaturday = (rng: Prng, days: readonly DemoDay[], index: number, low: number, high: number): number => {
  if (days[index]?.weekday !== SATURDAY || rng.chance(0.15)) return index;
  if (index - 1 >= low) return index - 1;
  return index + 1 <= high ? index + 1 : index;
};

/** A free instant on the day: a whole minute in 09:00–18:30, or failing that (a nearly full day) a free second. */
const freeInstant = (rng: Prng, day: DemoDay, used: Set<number>): number => {
  const lastMinute = Math.floor(day.lastFollowUpSecond / 60);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const at = day.start + rng.int(FIRST_MINUTE, lastMinute) * 60_000;
    if (!used.has(at)) return at;
  }
  for (let second = day.lastFollowUpSecond; second >= FIRST_MINUTE * 60; second -= 1) {
    if (!used.has(day.start + second * 1000)) return day.start + second * 1000;
  }
  throw new Error(`no free follow-up time left on ${day.date}`);
};

/**
 * `count` distinct follow-up instants from workday `low` to `high`, in time order: the first on `low`
 * and (for two or more) the last on `high`, so the journey spans what the plan says.
 */
export const demoFollowUpTimes = (rng: Prng, days: readonly DemoDay[], low: number, high: number, count: number): DemoMoment[] => {
  const picks = Array.from({ length: count }, (_, i) => (i === 0 ? low : i === 1 ? high : rng.int(low, high)));
  const used = new Set<number>();
  const moments = picks.map((pick) => {
    const day = days[avoidSaturday(rng, days, pick, low, high)];
    if (!day) throw new Error(`workday ${pick} is outside the calendar`);
    const at = freeInstant(rng, day, used);
    used.add(at);
    return { at, day };
  });
  return moments.sort((a, b) => a.at - b.at);
};
