import type { DemoCalendar } from './demoCalendar.ts';
import type { DemoPeople } from './demoPeople.ts';
import type { Prng } from './prng.ts';
import type { DemoTeam } from './buildDemoTeam.ts';

/** What the demo builders share: one random stream (consumed in a fixed order), the calendar and the team. */
export type DemoContext = { rng: Prng; people: DemoPeople; calendar: DemoCalendar; team: DemoTeam };
