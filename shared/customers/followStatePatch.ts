import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';

type State = Pick<CustomerDoc, 'lastFollowedAt' | 'stage' | 'status' | 'nextDate'>;
type Touch = Pick<FollowUpDoc, 'id' | 'followedAt' | 'stage' | 'status' | 'nextDate' | 'trashed'>;

/**
 * What a customer's latest live follow-up says of it (最近跟进, 阶段, 状态, 下次跟进: the fields the list
 * sorts and filters on), as the fields that differ from the stored ones. Ties on 跟进时间 go to the
 * greater id, as the grid's views decide them. A customer whose follow-ups are all gone keeps what it has.
 */
export const followStatePatch = (customer: State, followUps: readonly Touch[]): Partial<State> => {
  let latest: Touch | undefined;
  for (const f of followUps) if (!f.trashed && (!latest || f.followedAt > latest.followedAt || (f.followedAt === latest.followedAt && f.id > latest.id))) latest = f;
  if (!latest) return {};
  const next: State = { lastFollowedAt: latest.followedAt, stage: latest.stage, status: latest.status, nextDate: latest.nextDate };
  return Object.fromEntries(Object.entries(next).filter(([k, v]) => customer[k as keyof State] !== v)) as Partial<State>;
};
