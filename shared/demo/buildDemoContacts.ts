import type { Contact, ContactRole } from '../db/schemas/customerSchema.ts';
import type { DemoPeople } from './demoPeople.ts';
import { demoVocabulary } from './demoVocabulary.ts';
import type { Prng } from './prng.ts';

const ROLE_ORDER: readonly ContactRole[] = ['tech', 'purchase', 'finance', 'decision'];
/** Who usually picks up a cold lead: a buyer or an engineer far more often than the boss. */
const ENTRY_ROLES: readonly (readonly [ContactRole, number])[] = [['purchase', 45], ['tech', 35], ['decision', 20]];

const titleFor = (rng: Prng, role: ContactRole): { title: string; roles: ContactRole[] } => {
  const [title, roles] = rng.pick(demoVocabulary.titles.filter(([, r]) => r[0] === role));
  return { title, roles: [...roles] };
};

/** The roles to staff: the entry contact first, then the decision-chain roles still missing. */
const rolesToStaff = (rng: Prng, count: number): ContactRole[] => {
  const roles = [rng.weighted(ENTRY_ROLES)];
  const missing = ROLE_ORDER.filter((r) => r !== roles[0]);
  while (roles.length < count && missing.length > 0) {
    roles.push(missing.splice(rng.int(0, missing.length - 1), 1)[0] ?? 'tech');
  }
  return roles;
};

/** 1–4 contacts; deals that went further know more people (depth = pipeline stages reached, 1–6). */
export const buildDemoContacts = (rng: Prng, people: DemoPeople, customerId: string, depth: number, brandPinyin: string): Contact[] => {
  const count = Math.min(4, Math.max(1, Math.floor(depth / 2) + rng.int(0, 1) + (depth >= 4 ? 1 : 0)));
  return rolesToStaff(rng, count).map((role, i) => {
    const person = people.person();
    const phone = people.mobile();
    const { title, roles } = titleFor(rng, role);
    const wechat = rng.chance(0.35) ? phone : rng.chance(0.4) ? `${person.surnamePinyin}${person.givenPinyin}${rng.int(10, 99)}` : '';
    const email = rng.chance(0.5) ? `${person.givenPinyin}.${person.surnamePinyin}@${brandPinyin}.com` : '';
    return { id: `${customerId}-k${i + 1}`, name: person.name, title, phone, wechat, email, roles, note: '' };
  });
};
