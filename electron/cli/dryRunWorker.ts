import { parentPort, workerData } from 'node:worker_threads';
import { dryRunImport, type DryRunOptions } from '../../shared/importer/dryRunImport.ts';

// The import engine in its own thread: the host can stop a read that hangs or grows past the memory cap.
const { bytes, options } = workerData as { bytes: Uint8Array; options: DryRunOptions };
const report = await dryRunImport(bytes, options);
parentPort?.postMessage(report);
