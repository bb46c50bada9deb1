import i18next from 'i18next';
import { openAttachmentRequestSchema, type OpenAttachmentRequest, type OpenAttachmentResult } from '../../../shared/api/apiSchemas.ts';
import { ApiError } from '../../../shared/api/apiError.ts';
import { safeAttachmentName } from '../../../shared/attachments/safeAttachmentName.ts';

/**
 * window.api.openAttachment in a browser: a page cannot start the system's viewer, so it hands the file
 * over as a download under its own name; the browser's download list opens it.
 */
export const openAttachmentInPage = async (request: OpenAttachmentRequest): Promise<OpenAttachmentResult> => {
  const parsed = openAttachmentRequestSchema.safeParse(request);
  if (!parsed.success) throw new ApiError({ code: 'badArguments', message: i18next.t('customerDetail.attachments.badRequest', { reason: parsed.error.issues.map((i) => i.message).join(' ') }) });
  const url = URL.createObjectURL(new Blob([parsed.data.bytes as BlobPart], { type: 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = safeAttachmentName(parsed.data.fileName);
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked once the download has surely started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { opened: false, downloaded: true };
};
