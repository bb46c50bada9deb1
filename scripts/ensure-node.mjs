// Provisions a Node >= 22.13 for the hub (node:sqlite) when the machine's Node is older.
// Runs as npm's postinstall on any Node, so it is plain JavaScript with no dependencies.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIN_NODE = [22, 13];
export const PROVISIONED_VERSION = '24.21.0';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const toolsNode = join(root, '.tools', 'node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');

export function isRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

function packageName() {
  const os = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform];
  if (!os) throw new Error(`不支持的平台 ${process.platform}：请手动安装 Node ${MIN_NODE.join('.')} 以上版本`);
  return `node-${os}-${process.arch}`;
}

function provision() {
  const tools = join(root, '.tools');
  mkdirSync(tools, { recursive: true });
  const spec = `${packageName()}@${PROVISIONED_VERSION}`;
  console.log(`[salesdesk] 本机 Node ${process.version} 低于 ${MIN_NODE.join('.')}，正在从 npm 仓库获取 ${spec} …`);
  execFileSync('npm', ['pack', spec, '--pack-destination', tools, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
  const tgz = readdirSync(tools).find((f) => f.startsWith(packageName()) && f.endsWith('.tgz'));
  if (!tgz) throw new Error(`未能下载 ${spec}`);
  const staging = join(tools, 'staging');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  execFileSync('tar', ['-xzf', join(tools, tgz), '-C', staging]);
  rmSync(join(tools, 'node'), { recursive: true, force: true });
  renameSync(join(staging, 'package'), join(tools, 'node'));
  rmSync(staging, { recursive: true, force: true });
  rmSync(join(tools, tgz), { force: true });
  console.log(`[salesdesk] 已安装 Node ${PROVISIONED_VERSION} 到 .tools/node`);
}

export function nodeBinary() {
  if (isRecentEnough(process.version)) return process.execPath;
  if (existsSync(toolsNode)) return toolsNode;
  provision();
  return toolsNode;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  nodeBinary();
}
