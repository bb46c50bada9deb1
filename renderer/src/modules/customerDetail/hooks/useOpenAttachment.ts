import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchBlob } from '../../../../../shared/attachments/blobClient.ts';
import type { AttachmentDoc } from '../../../../../shared/db/schemas/attachmentSchema.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { blobStore } from '../utils/blobStore.ts';

/** window.api, loaded on the click: a page that only shows attachments opens no connection for it. */
const loadApi = async () => (await import('../../../platform/api.ts')).api;

/**
 * Opens an attachment: its bytes from this desktop, else from the team hub (checked against their
 * SHA-256 and kept for next time), then the system's viewer (desktop) or a download (browser).
 * Resolves to the sentence to show, or throws one.
 */
export const useOpenAttachment = (): ((doc: AttachmentDoc) => Promise<string>) => {
  const { hub } = useProfile();
  const { t } = useTranslation();
  return useCallback(
    async (doc) => {
      let bytes = await blobStore.get(doc.sha256);
      if (!bytes) {
        if (!hub) throw new Error(t('customerDetail.attachments.notHere', { name: doc.fileName }));
        const fetched = await fetchBlob(hub.url, hub.token, doc.sha256);
        if (!fetched.ok) throw new Error(fetched.message);
        bytes = fetched.bytes;
        await blobStore.put(doc.sha256, bytes, false);
      }
      const result = await (await loadApi()).openAttachment({ fileName: doc.fileName, bytes });
      return result.downloaded ? t('customerDetail.attachments.downloaded', { name: doc.fileName }) : t('customerDetail.attachments.opened', { name: doc.fileName });
    },
    [hub, t],
  );
};
