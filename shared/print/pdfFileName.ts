import { z } from 'zod';

/** The longest name a saved PDF may have (characters, before .pdf); Windows paths stay well under 260. */
export const PDF_FILE_NAME_MAX = 120;

/** Folder separators and what Windows refuses in a name; the folder is chosen in the save dialog, never in the name. */
const FORBIDDEN = /[\\/:*?"<>|\p{Cc}]/u;
/** Names Windows reserves for devices (CON, NUL, COM1 …), with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * A PDF's file name as the renderer proposes it: a plain name (Chinese welcome), no path. Checked by the
 * dispatcher before main sees it, so a page can never steer where a file is written.
 */
export const pdfFileNameSchema = z
  .string()
  .trim()
  .min(1, '文件名不能为空，请输入一个名字，例如“团队日报-2026-12-01”。')
  .max(PDF_FILE_NAME_MAX, `文件名太长（最多 ${PDF_FILE_NAME_MAX} 个字），请缩短后重试。`)
  .refine((name) => !FORBIDDEN.test(name), '文件名不能包含 \\ / : * ? " < > | 等字符；保存到哪个文件夹，请在保存对话框里选择。')
  .refine((name) => !/^\.+$/.test(name), '文件名不能只由点组成，请换一个名字。')
  .refine((name) => !RESERVED.test(name), '这个名字是 Windows 保留的设备名（如 CON、NUL），请换一个名字。');

/** The name with `.pdf` at the end (any case already there is kept as typed). */
export const withPdfExtension = (name: string): string => (/\.pdf$/i.test(name) ? name : `${name}.pdf`);
