import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The headless hub (`npm run hub`) as a real child process: SIGKILL it, start it again on the same data and port. */
export type HubProcess = {
  url: string;
  port: number;
  /** The one-time admin join code an empty hub prints, if it printed one. */
  adminCode: string | null;
  child: ChildProcess;
  output: () => string;
  /** Resolves when the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
};

const CLI = resolve(process.cwd(), 'electron', 'hub', 'cli.ts');

/** A renderer folder the hub accepts (the fault tests never open the web app). */
const rendererDir = (dataDir: string): string => {
  const dir = `${dataDir}-renderer`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  return dir;
};

const spawnCli = (dataDir: string, port: number, extra: readonly string[]): ChildProcess =>
  spawn(process.execPath, [CLI, '--host', '127.0.0.1', '--port', String(port), '--data', dataDir, '--renderer', rendererDir(dataDir), '--no-mdns', ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** Starts the hub process and resolves once it prints its address; rejects with its output if it ends first. */
export const startHubProcess = (dataDir: string, port = 0, extra: readonly string[] = []): Promise<HubProcess> =>
  new Promise((resolvePromise, reject) => {
    const child = spawnCli(dataDir, port, extra);
    let text = '';
    let started = false;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('close', (code, signal) => done({ code, signal })));
    const onData = (chunk: Buffer) => {
      text += String(chunk);
      const address = /已启动：(https?:\/\/127\.0\.0\.1:(\d+))/.exec(text);
      if (started || !address) return;
      // The admin code line follows the address line when the hub is empty; give it a moment to arrive.
      setTimeout(() => {
        started = true;
        const code = /管理员加入码：([A-Z0-9]{4}(?:-[A-Z0-9]{4})+)/.exec(text)?.[1] ?? null;
        resolvePromise({
          url: address[1] ?? '', port: Number(address[2]), adminCode: code, child, output: () => text, exited,
          kill: async (signal = 'SIGKILL') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            await exited;
          },
        });
      }, 50);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (text += String(chunk)));
    void exited.then(({ code, signal }) => {
      if (!started) reject(new Error(`hub process ended before starting (code ${code}, signal ${signal}):\n${text}`));
    });
  });

/** Runs the hub expecting it to refuse to start; resolves with its exit code and everything it printed. */
export const runHubExpectingRefusal = (dataDir: string, port = 0, timeoutMs = 20_000): Promise<{ code: number | null; output: string }> =>
  new Promise((resolvePromise, reject) => {
    const child = spawnCli(dataDir, port, []);
    let text = '';
    child.stdout?.on('data', (c: Buffer) => (text += String(c)));
    child.stderr?.on('data', (c: Buffer) => (text += String(c)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`hub did not refuse within ${timeoutMs} ms:\n${text}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output: text });
    });
  });
