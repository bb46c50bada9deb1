// Runs a script with a Node >= 22.13 (the machine's, or the one ensure-node provisioned),
// putting that Node first on PATH so child processes (vitest, playwright, the hub) use it too.
import { spawn } from 'node:child_process';
import { dirname, delimiter } from 'node:path';
import { nodeBinary } from './ensure-node.mjs';

const node = nodeBinary();
const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` };
const child = spawn(node, process.argv.slice(2), { stdio: 'inherit', env });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
