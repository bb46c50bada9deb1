import type { RxConflictHandler } from 'rxdb';
import { sameJson } from './canonicalJson.ts';
import { mergeDocs, type MergeableDoc } from './mergeDocs.ts';

/** RxDB's conflict handler for every collection: the field-level merge, never "the hub wins". */
export const mergeConflictHandler: RxConflictHandler<unknown> = {
  isEqual: (a, b) => sameJson(a, b),
  resolve: (input) =>
    Promise.resolve(
      mergeDocs(
        input.assumedMasterState as MergeableDoc | undefined,
        input.newDocumentState as MergeableDoc,
        input.realMasterState as MergeableDoc,
      ) as never,
    ),
};
