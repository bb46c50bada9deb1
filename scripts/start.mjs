// `npm start`: build, then open the desktop app; where Electron cannot run (no binary can be
// downloaded, e.g. an offline Linux box), serve the same app in web mode for a browser instead.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (cmd, args) => spawn(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });

const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const forceWeb = process.argv.includes('--web');
const electronReady =
  !forceWeb && spawnSync(process.execPath, ['-e', "require('electron')"], { cwd: root, stdio: 'ignore', timeout: 180_000 }).status === 0;

const child = electronReady
  ? run(bin('electron-vite'), ['preview'])
  : (console.log(forceWeb ? '[salesdesk] 网页模式' : '[salesdesk] 本机无法启动 Electron 桌面程序，改用网页模式：请在浏览器中打开下面的地址。'),
    run(process.execPath, [join(root, 'electron/hub/cli.ts'), '--host', '127.0.0.1', '--data', join(root, '.hub-data')]));
child.on('exit', (code) => process.exit(code ?? 0));
