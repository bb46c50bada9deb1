/** What Windows refuses in a name, and folder separators: an attachment's name never chooses a folder. */
const FORBIDDEN = /[\\/:*?"<>|\p{Cc}]/gu;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX = 120;

/**
 * An attachment's file name made safe to write to disk on any desktop (Windows the strictest): forbidden
 * characters become _, a device name gets a leading _, a long name is cut before its extension, and an
 * empty one is 附件.
 */
export const safeAttachmentName = (name: string): string => {
  const cleaned = name.replace(FORBIDDEN, '_').trim().replace(/^\.+$/, '');
  if (cleaned === '') return '附件';
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 12 ? cleaned.slice(dot) : '';
  const base = ext ? cleaned.slice(0, dot) : cleaned;
  const cut = cleaned.length > MAX ? `${base.slice(0, MAX - ext.length)}${ext}` : cleaned;
  return RESERVED.test(cut) ? `_${cut}` : cut;
};
