import type { MemberDoc } from '../db/schemas/memberSchema.ts';
import type { TeamSettingsDoc } from '../db/schemas/teamSettingsSchema.ts';
import { defaultTeamSettings } from '../domain/defaultTeamSettings.ts';
import { formatHlc } from '../sync/hlc.ts';
import { stampNew } from '../sync/stampWrite.ts';
import type { CreateTeamInput } from './createTeamInput.ts';

/** Who this desktop is: kept as an RxDB local document, never replicated. */
export type LocalProfile = {
  memberId: string;
  nodeId: string;
  createdAt: number;
  /**
   * The team hub this desktop syncs with; absent for a one-person team on this desktop only. pin: the
   * hub certificate's pin from the join code (shared/sync/hubPin.ts). tokenIn 'keychain': the token is
   * kept by the OS keychain (window.api.getSecret) and `token` is empty in the stored document.
   */
  hub?: { url: string; token: string; hubId: string; pin?: string; tokenIn?: 'keychain' };
};

export type TeamDocs = { settings: TeamSettingsDoc; admin: MemberDoc; profile: LocalProfile };

/** A one-person team: the settings and its admin, stamped so the first sync merges them cleanly. */
export const buildTeamDocs = (
  input: Omit<CreateTeamInput, 'loadDemo'>,
  ctx: { now: number; memberId: string; nodeId: string },
): TeamDocs => {
  const stamp = { now: ctx.now, memberId: ctx.memberId, clock: formatHlc({ ms: ctx.now, counter: 0, node: ctx.nodeId }) };
  const settings = stampNew(defaultTeamSettings(input.teamName.trim(), input.company.trim()), stamp);
  const admin = stampNew(
    {
      id: ctx.memberId,
      name: input.adminName.trim(),
      role: 'admin' as const,
      managerId: '',
      department: settings.department,
      phone: '',
      email: '',
      active: true,
      joinedAt: ctx.now,
      monthlyTarget: 0,
    },
    stamp,
  );
  return { settings, admin, profile: { memberId: ctx.memberId, nodeId: ctx.nodeId, createdAt: ctx.now } };
};
