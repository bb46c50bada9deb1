import { useCallback, useMemo } from 'react';
import { map } from 'rxjs';
import type { SavedViewDoc } from '../../../../../shared/db/schemas/savedViewSchema.ts';
import { insertStamped, patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import type { ViewState } from '../../../../../shared/grid/gridTypes.ts';
import { viewStateSchema } from '../../../../../shared/grid/viewStateSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import { useObservable } from '../../../db/useObservable.ts';
import { useWriter } from '../../../db/useWriter.ts';

/** A saved view as the toolbar lists it, its state already read through the schema. */
export type SavedView = { id: string; name: string; shared: boolean; mine: boolean; order: number; state: ViewState };

export type SavedViews = {
  views: SavedView[];
  save: (name: string, shared: boolean, state: ViewState) => Promise<string>;
  update: (id: string, state: ViewState) => Promise<void>;
  remove: (id: string) => Promise<void>;
};

/** The follow-up grid's saved views this member sees: their own, then the team's shared ones, in creation order. */
export const useSavedViews = (): SavedViews => {
  const db = useDatabase();
  const writer = useWriter();
  const { memberId } = writer;
  const docs = useObservable(
    () => db.savedviews.find({ selector: { target: 'followUps', trashed: false } }).$.pipe(map((d) => d.map((x) => x.toMutableJSON()))),
    [db],
  );
  const views = useMemo(
    () =>
      (docs ?? [])
        .filter((d: SavedViewDoc) => d.ownerId === memberId || d.shared)
        .map((d) => ({ id: d.id, name: d.name, shared: d.shared, mine: d.ownerId === memberId, order: d.order ?? 0, state: viewStateSchema.parse(d.state) }))
        .sort((a, b) => Number(b.mine) - Number(a.mine) || a.order - b.order),
    [docs, memberId],
  );
  const save = useCallback(
    async (name: string, shared: boolean, state: ViewState) => {
      const now = writer.now();
      const id = newRecordId('v', now);
      await insertStamped(db.savedviews, { id, name: name.trim(), target: 'followUps', ownerId: memberId, shared, order: now, state }, writer);
      return id;
    },
    [db, writer, memberId],
  );
  const patch = useCallback(
    async (id: string, p: Partial<Pick<SavedViewDoc, 'state' | 'trashed'>>) => {
      const doc = await db.savedviews.findOne(id).exec();
      // trashed is sync metadata, but it is written (and clocked) like any field.
      if (doc) await patchStamped(doc, p as Partial<Pick<SavedViewDoc, 'state'>>, writer);
    },
    [db, writer],
  );
  const update = useCallback((id: string, state: ViewState) => patch(id, { state }), [patch]);
  const remove = useCallback((id: string) => patch(id, { trashed: true }), [patch]);
  return { views, save, update, remove };
};
