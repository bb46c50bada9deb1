import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApiDispatcher } from '../../shared/api/createApiDispatcher.ts';
import { createDesktopApiHandlers } from './desktopApiHandlers.ts';
import { createHubCertificatePins } from './hubCertificatePins.ts';
import { createSecretStore } from './secretStore.ts';
import { testSafeStorage } from './testSafeStorage.ts';
import type { OpenAttachmentDeps } from './openAttachment.ts';

const PDF = new TextEncoder().encode('%PDF-1.7\n技术协议\n');

/** The real file system in a temp folder; only the OS viewer (shell.openPath) is a stand-in that records what it was asked to open. */
const setup = (viewer: (path: string) => string = () => '') => {
  const temp = mkdtempSync(join(tmpdir(), 'salesdesk-open-'));
  const opened: string[] = [];
  const writes: string[] = [];
  const opening: OpenAttachmentDeps = {
    tempDir: () => temp,
    exists: (path) => access(path).then(() => true, () => false),
    mkdir: async (dir) => void (await mkdir(dir, { recursive: true })),
    writeFile: (path, data) => (writes.push(path), writeFile(path, data)),
    openPath: (path) => (opened.push(path), Promise.resolve(viewer(path))),
  };
  const dispatch = createApiDispatcher(
    createDesktopApiHandlers({
      version: '1.0.0', platform: 'win32', applyLocale: () => undefined, notify: () => true, discoverHubs: () => Promise.resolve([]),
      hosting: { host: () => Promise.reject(new Error('unused')), state: () => ({ running: false, lanUrls: [] }) },
      printing: { contents: () => null, documentsDir: () => temp, showSaveDialog: () => Promise.resolve({ canceled: true }), writeFile: () => Promise.resolve(), saveDialogTitle: () => '' },
      opening,
      pins: createHubCertificatePins(),
      secrets: createSecretStore({ safeStorage: testSafeStorage(), platform: 'linux', file: join(temp, 'secrets.json') }),
    }),
  );
  return { temp, opened, writes, dispatch };
};

describe('openAttachment through the desktop dispatcher', () => {
  it('writes the file under the temp folder, named as it was uploaded, and opens it with the system viewer', async () => {
    const { temp, opened, dispatch } = setup();
    const outcome = await dispatch('openAttachment', [{ fileName: '技术协议（盖章版）.pdf', bytes: PDF }]);
    expect(outcome).toMatchObject({ ok: true, value: { opened: true } });
    const path = (outcome as { value: { path: string } }).value.path;
    expect(path.startsWith(join(temp, 'salesdesk-attachments'))).toBe(true);
    expect(path.endsWith('技术协议（盖章版）.pdf')).toBe(true);
    expect(readFileSync(path)).toEqual(Buffer.from(PDF));
    expect(opened).toEqual([path]);
  });

  it('opens the same content again without rewriting the copy a viewer may still hold', async () => {
    const { writes, opened, dispatch } = setup();
    await dispatch('openAttachment', [{ fileName: 'a.pdf', bytes: PDF }]);
    await dispatch('openAttachment', [{ fileName: 'a.pdf', bytes: PDF }]);
    expect(writes).toHaveLength(1);
    expect(opened).toHaveLength(2);
  });

  it('never lets the name choose the folder', async () => {
    const { temp, dispatch } = setup();
    const outcome = await dispatch('openAttachment', [{ fileName: '..\\..\\..\\Windows\\evil.exe', bytes: PDF }]);
    const path = (outcome as { value: { path: string } }).value.path;
    expect(path.startsWith(join(temp, 'salesdesk-attachments'))).toBe(true);
    expect(path.endsWith('evil.exe')).toBe(true);
    expect(existsSync(join(temp, 'Windows'))).toBe(false);
  });

  it('says in Chinese when the system has no viewer, and refuses what is no file', async () => {
    const { dispatch } = setup(() => 'No application is associated with the specified file');
    const failed = await dispatch('openAttachment', [{ fileName: '图纸.dwg', bytes: PDF }]);
    expect(failed).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringContaining('没能打开「图纸.dwg」') } });
    expect(await dispatch('openAttachment', [{ fileName: 'a.pdf', bytes: 'not bytes' }])).toMatchObject({ ok: false, error: { code: 'badArguments', message: expect.stringContaining('附件内容应为文件的字节') } });
    expect(await dispatch('openAttachment', [{ fileName: ' ', bytes: PDF }])).toMatchObject({ ok: false, error: { code: 'badArguments', message: expect.stringContaining('请提供附件的文件名') } });
  });
});
