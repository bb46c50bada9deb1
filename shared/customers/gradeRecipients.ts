import type { MemberDoc } from '../db/schemas/memberSchema.ts';

type Person = Pick<MemberDoc, 'id' | 'role' | 'managerId' | 'active' | 'trashed'>;

/**
 * Who hears that a customer rose to A: its owner's 主管 (managerId); an owner without one (or whose
 * manager left) — the team's managers, and failing those its admins. Never the owner themself.
 */
export const gradeRecipients = (ownerId: string, members: readonly Person[]): string[] => {
  const live = members.filter((m) => m.active && !m.trashed && m.id !== ownerId);
  const owner = members.find((m) => m.id === ownerId);
  const manager = owner && live.find((m) => m.id === owner.managerId);
  if (manager) return [manager.id];
  const managers = live.filter((m) => m.role === 'manager').map((m) => m.id);
  return managers.length ? managers : live.filter((m) => m.role === 'admin').map((m) => m.id);
};
