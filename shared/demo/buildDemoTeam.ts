import type { MemberDoc } from '../db/schemas/memberSchema.ts';
import type { Role } from '../domain/roles.ts';
import { stampNew } from '../sync/stampWrite.ts';
import type { DemoCalendar } from './demoCalendar.ts';
import type { DemoPeople } from './demoPeople.ts';
import { demoStamp } from './demoStamp.ts';
import type { Prng } from './prng.ts';

export type DemoTeam = { manager: MemberDoc; reps: MemberDoc[]; createdAt: number };

const DAY = 86_400_000;
const EMAIL_DOMAIN = 'qihang-ie.com';

type MemberSeed = { id: string; role: Role; managerId: string; department: string; joinedAt: number; monthlyTarget: number };

const member = (people: DemoPeople, usedNames: Set<string>, seed: MemberSeed, adminId: string): MemberDoc => {
  let person = people.person();
  while (usedNames.has(person.name)) person = people.person();
  usedNames.add(person.name);
  const fields = {
    ...seed,
    name: person.name,
    phone: people.mobile(),
    email: `${person.givenPinyin}.${person.surnamePinyin}@${EMAIL_DOMAIN}`,
    active: true,
  };
  return stampNew(fields, demoStamp(seed.joinedAt, adminId));
};

/**
 * One 主管 and `repCount` reps split over 销售一部/二部, all joined well before the demo period so every
 * rep owes a report on every workday. The manager carries no personal target (0): targets are per rep,
 * and the team target is their sum.
 */
export const buildDemoTeam = (rng: Prng, people: DemoPeople, calendar: DemoCalendar, repCount: number, adminId: string): DemoTeam => {
  const createdAt = calendar.start - 540 * DAY + 9.5 * 3_600_000;
  const usedNames = new Set<string>();
  const manager = member(people, usedNames, { id: 'mgr01', role: 'manager', managerId: '', department: '销售一部', joinedAt: createdAt, monthlyTarget: 0 }, adminId);
  const width = Math.max(2, String(repCount).length);
  const reps = Array.from({ length: repCount }, (_, i) =>
    member(people, usedNames, {
      id: `rep${String(i + 1).padStart(width, '0')}`,
      role: 'rep',
      managerId: manager.id,
      department: i < Math.ceil(repCount / 2) ? '销售一部' : '销售二部',
      joinedAt: createdAt + rng.int(14, 480) * DAY,
      monthlyTarget: rng.int(20, 60) * 10_000,
    }, adminId),
  );
  return { manager, reps, createdAt };
};
