import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import type { OpenAttachmentRequest, OpenAttachmentResult } from '../../shared/api/apiSchemas.ts';
import { safeAttachmentName } from '../../shared/attachments/safeAttachmentName.ts';

/** What opening needs from the desktop: Electron's shell.openPath and the file system, injected so Node tests run it. */
export type OpenAttachmentDeps = {
  tempDir: () => string;
  exists: (path: string) => Promise<boolean>;
  mkdir: (dir: string) => Promise<void>;
  writeFile: (path: string, data: Uint8Array) => Promise<void>;
  /** Resolves to '' when the system opened the file, else its reason (Electron's shell.openPath contract). */
  openPath: (path: string) => Promise<string>;
};

/**
 * window.api.openAttachment: writes the attachment to <temp>/salesdesk-attachments/<sha256>/<name> and
 * opens it with the system's viewer for its type (PDF reader, image viewer, Word). The folder is named
 * by the content, so opening the same file again reuses the copy a viewer may still hold open; the name
 * is made safe, so a page can never choose where a file is written.
 */
export const openAttachment = async (deps: OpenAttachmentDeps, { fileName, bytes }: OpenAttachmentRequest): Promise<OpenAttachmentResult> => {
  const name = safeAttachmentName(basename(fileName.replace(/\\/g, '/')));
  const dir = join(deps.tempDir(), 'salesdesk-attachments', createHash('sha256').update(bytes).digest('hex'));
  const path = join(dir, name);
  if (!(await deps.exists(path))) {
    await deps.mkdir(dir);
    await deps.writeFile(path, bytes);
  }
  const problem = await deps.openPath(path);
  if (problem !== '') throw new Error(`没能打开「${name}」（${problem}）：请确认电脑上装有能打开这类文件的程序，文件已保存在 ${path}。`);
  return { opened: true, path };
};
