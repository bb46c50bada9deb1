import { useCallback, useState } from 'react';
import { bulkLoad } from '../../../../../shared/db/bulkLoad.ts';
import { buildTeamDocs } from '../../../../../shared/team/buildTeamDocs.ts';
import type { CreateTeamInput } from '../../../../../shared/team/createTeamInput.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { PROFILE_DOC } from '../../../db/useLocalProfile.ts';

export type CreateTeamState =
  | { phase: 'idle' }
  | { phase: 'creating' }
  | { phase: 'loading'; done: number; total: number }
  | { phase: 'error'; reason: string };

/** Same seed on every desktop, so the sample team looks the same everywhere (and in tests). */
export const DEMO_SEED = 20261123;

const newId = (): string => crypto.randomUUID();

/** Creates the one-person team, optionally with sample data; the profile is written last, so an interrupted start simply shows onboarding again. */
export const useCreateTeam = (): [CreateTeamState, (input: CreateTeamInput) => Promise<void>] => {
  const db = useDatabase();
  const [state, setState] = useState<CreateTeamState>({ phase: 'idle' });
  const create = useCallback(
    async (input: CreateTeamInput) => {
      setState({ phase: 'creating' });
      try {
        const now = Date.now();
        const docs = buildTeamDocs(input, { now, memberId: newId(), nodeId: newId().slice(0, 8) });
        const plan = { teamsettings: [docs.settings], members: [docs.admin] };
        if (input.loadDemo) {
          const { generateDemoData } = await import('../../../../../shared/demo/generateDemoData.ts');
          const demo = generateDemoData({ seed: DEMO_SEED, now, adminId: docs.admin.id });
          const demoPlan = { members: demo.members, customers: demo.customers, followups: demo.followUps, dailyreports: demo.dailyReports, comments: demo.comments };
          await bulkLoad(db, plan);
          await bulkLoad(db, demoPlan, ({ done, total }) => setState({ phase: 'loading', done, total }));
        } else {
          await bulkLoad(db, plan);
        }
        await db.upsertLocal(PROFILE_DOC, docs.profile);
      } catch (err) {
        setState({ phase: 'error', reason: err instanceof Error ? err.message : String(err) });
      }
    },
    [db],
  );
  return [state, create];
};
