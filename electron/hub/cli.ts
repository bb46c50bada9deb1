import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lanAddresses } from './lanAddresses.ts';
import { formatFingerprint } from '../../shared/sync/hubPin.ts';
import { parseHubArgs } from './parseHubArgs.ts';
import { startTeamHub } from './startTeamHub.ts';
import { createWebApiHandlers } from './webApiHandlers.ts';

// Headless team hub: `npm run hub -- --port 4317 --data ./hub-data`.
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const log = (message: string) => console.log(`[${new Date().toLocaleString('zh-CN')}] ${message}`);

const main = async (): Promise<void> => {
  const parsed = parseHubArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(2);
  }
  const { port, host, data, renderer, restore } = parsed.options;
  const importArchive = parsed.options['import-archive'];
  const advertise = !parsed.options['no-mdns'] && host !== '127.0.0.1';
  const rendererDir = resolve(renderer ?? join(projectRoot, 'out', 'renderer'));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(`找不到界面文件 ${rendererDir}/index.html。请先运行 npm run build，或用 --renderer 指定目录。`);
    process.exit(2);
  }
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  const hub = await startTeamHub({
    dataDir: resolve(data),
    host,
    port,
    rendererDir,
    handlers: createWebApiHandlers({ version: pkg.version, platform: process.platform }),
    ...(restore ? { restoreFrom: resolve(restore) } : {}),
    ...(importArchive ? { importArchive: resolve(importArchive) } : {}),
    log,
    advertise,
  });
  // The LAN reaches the hub over TLS only; plain http answers on this computer's loopback.
  const addresses = host === '0.0.0.0' ? lanAddresses().map((a) => `https://${a}:${hub.port}`) : [hub.secureUrl ?? hub.url];
  log(`销售台团队服务器已启动：${[hub.url, ...addresses].filter((a, i, all) => all.indexOf(a) === i).join('  ')}（数据目录 ${resolve(data)}）`);
  log(`证书 SHA-256 指纹：${formatFingerprint(hub.certificate.sha256)}（加入码的后 16 位 ${hub.certificate.pin} 即其前 80 位；网页版请在浏览器的证书详情中核对）`);
  // An imported hub has the team's data but nobody signed in yet: its admin joins with a code, too.
  if (hub.store.maxSeq() === 0 || importArchive) {
    log(`这是一个新的团队服务器。请在管理员的电脑上打开销售台 → 加入团队，输入上面的地址和管理员加入码：${hub.issueJoinCode('admin')}`);
  }
  const stop = () => void hub.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((err: unknown) => {
  const code = (err as { code?: string }).code;
  console.error(code === 'EADDRINUSE' ? '端口已被占用：请用 --port 换一个端口，或关闭占用它的程序。' : `启动失败：${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
