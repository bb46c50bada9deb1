import { importFailure } from './importFailure.ts';
import type { FileKind, ImportFailure, ImportLimits, ImportWorkbook, ReadControl } from './importTypes.ts';
import { inspectZip } from './inspectZip.ts';
import { readCsv } from './readCsv.ts';
import { readDeadline } from './readDeadline.ts';
import { readXlsx } from './readXlsx.ts';

/**
 * A sniffed file's sheets and cells, or why it cannot be read. Never throws: every failure (size,
 * zip bomb, broken package, packages whose sheets hold data we cannot see, row cap, timeout,
 * cancel) comes back as an ImportFailure with a Chinese message saying what to do.
 */
export const readWorkbook = async (bytes: Uint8Array, kind: FileKind, limits: ImportLimits, control: ReadControl = {}): Promise<ImportWorkbook | ImportFailure> => {
  if (bytes.length > limits.maxFileBytes) {
    return importFailure('tooLarge', `文件有 ${Math.round(bytes.length / 1024 / 1024)} MB，超过上限 ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB`);
  }
  const deadline = readDeadline(limits, control);
  try {
    deadline.check();
    if (kind === 'csv') return readCsv(bytes, limits);
    const inspection = inspectZip(bytes, limits);
    if (!inspection.ok) return inspection;
    return await readXlsx(bytes, kind, limits, inspection, deadline, control);
  } catch (err) {
    const stop = deadline.stopCode(err);
    if (stop) return importFailure(stop);
    return importFailure('corrupt', `读取时出错（${err instanceof Error ? err.message.slice(0, 120) : String(err)}）`);
  }
};
