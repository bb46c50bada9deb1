import type { DashboardIndex } from '../../../../../shared/dashboard/dashboardIndex.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import type { OptionLists } from '../../../../../shared/domain/options.ts';

/** Ids to the words and colours the charts show; an unknown id shows as itself rather than vanish. */
export type DashboardLookups = {
  memberName: (id: string) => string;
  stageLabel: (id: string) => string;
  stageColor: (id: string) => string | undefined;
  methodLabel: (id: string) => string;
  sourceLabel: (id: string) => string;
  customerName: (id: string) => string;
};

export const dashboardLookups = (options: OptionLists, members: ReadonlyMap<string, Pick<MemberDoc, 'name'>>, index: DashboardIndex | null): DashboardLookups => {
  const label = (list: readonly { id: string; label: string }[]) => {
    const byId = new Map(list.map((o) => [o.id, o.label]));
    return (id: string) => byId.get(id) ?? id;
  };
  const colors = new Map(options.stages.map((s) => [s.id, s.color]));
  return {
    memberName: (id) => members.get(id)?.name ?? id,
    stageLabel: label(options.stages),
    stageColor: (id) => colors.get(id),
    methodLabel: label(options.methods),
    sourceLabel: label(options.sources),
    customerName: (id) => {
      const k = index?.customerIndex.get(id);
      return (k === undefined ? undefined : index?.customers[k]?.name) ?? id;
    },
  };
};
