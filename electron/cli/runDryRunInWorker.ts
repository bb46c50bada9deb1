import { Worker } from 'node:worker_threads';
import type { DryRunOptions, DryRunReport } from '../../shared/importer/dryRunImport.ts';
import { importFailure } from '../../shared/importer/importFailure.ts';
import type { ImportFailure } from '../../shared/importer/importTypes.ts';

export type DryRunResult = DryRunReport | (ImportFailure & { file: { name: string; bytes: number } });

/** Heap for one read: the engine peaks near 0.5 GB for 100,000 rows × 12 columns (README); past this the worker dies, not the process. */
const HEAP_MB = 1024;
/** Time the worker gets past the engine's own timeout before it is stopped from outside (a synchronous hang). */
const GRACE_MS = 2000;

/**
 * Runs the dry run in a worker thread with a heap cap and a hard timeout, so a hostile or huge file
 * ends in a clear failure (timeout, tooLarge) instead of a hung or out-of-memory process.
 */
export const runDryRunInWorker = (bytes: Uint8Array, options: DryRunOptions, heapMb = HEAP_MB): Promise<DryRunResult> =>
  new Promise((resolve) => {
    const file = { name: options.fileName, bytes: bytes.length };
    const worker = new Worker(new URL('./dryRunWorker.ts', import.meta.url), {
      workerData: { bytes, options },
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    let settled = false;
    const finish = (result: DryRunResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ...importFailure('timeout'), file }), options.limits.timeoutMs + GRACE_MS);
    worker.on('message', (report: DryRunResult) => finish(report));
    worker.on('error', (err: Error & { code?: string }) =>
      finish({ ...(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? importFailure('tooLarge', '读取这个文件需要的内存超过上限') : importFailure('corrupt', `读取时出错（${err.message.slice(0, 120)}）`)), file }),
    );
    worker.on('exit', () => finish({ ...importFailure('corrupt', '读取进程意外退出'), file }));
  });
