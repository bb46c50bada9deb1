import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, MAX_BLOB_BYTES } from '../../../../../shared/attachments/blobProtocol.ts';
import type { AttachmentDoc } from '../../../../../shared/db/schemas/attachmentSchema.ts';
import { insertStamped } from '../../../../../shared/db/stampedWrites.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { blobStore } from '../utils/blobStore.ts';
import { hashBytes } from '../utils/hashBytes.ts';
import { uploadEvents } from '../utils/uploadEvents.ts';

export type AttachmentOwner = { type: AttachmentDoc['ownerType']; id: string };

/**
 * Attaches files: each is checked against the hub's size limit, kept on this desktop by its SHA-256
 * (so it opens offline and waits there for the hub), and recorded as an `attachments` document that
 * syncs like any record. Returns the new records' ids; throws a Chinese sentence for a file too large.
 */
export const useAttachFiles = (): ((files: readonly File[], owner: AttachmentOwner) => Promise<string[]>) => {
  const db = useDatabase();
  const writer = useWriter();
  const { t } = useTranslation();
  return useCallback(
    async (files, owner) => {
      const tooBig = files.find((f) => f.size > MAX_BLOB_BYTES);
      if (tooBig) throw new Error(t('customerDetail.attachments.tooLarge', { name: tooBig.name, size: formatBytes(tooBig.size), max: formatBytes(MAX_BLOB_BYTES) }));
      const ids: string[] = [];
      for (const file of files) {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const sha256 = await hashBytes(bytes);
        await blobStore.put(sha256, bytes, true);
        const id = newRecordId('a', writer.now());
        await insertStamped(db.attachments, { id, ownerType: owner.type, ownerId: owner.id, fileName: file.name.slice(0, 260), mime: (file.type || 'application/octet-stream').slice(0, 120), size: bytes.length, sha256 }, writer);
        ids.push(id);
      }
      uploadEvents.notify();
      return ids;
    },
    [db, writer, t],
  );
};
