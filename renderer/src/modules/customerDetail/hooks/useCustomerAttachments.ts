import { map } from 'rxjs';
import type { AttachmentDoc } from '../../../../../shared/db/schemas/attachmentSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** Attachment records owned by any of these ids (the customer for its evidence, its follow-ups), outside the recycle bin; live. */
export const useCustomerAttachments = (ownerIds: readonly string[]): Map<string, AttachmentDoc> | undefined => {
  const db = useDatabase();
  const key = [...ownerIds].sort().join('\n');
  return useObservable(
    () =>
      db.attachments
        .find({ selector: { ownerId: { $in: key === '' ? [] : key.split('\n') } } })
        .$.pipe(map((docs) => new Map(docs.map((d) => d.toMutableJSON()).filter((a) => !a.trashed).map((a) => [a.id, a])))),
    [db, key],
  );
};
