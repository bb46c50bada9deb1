import { mkdtempSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApiDispatcher } from '../../shared/api/createApiDispatcher.ts';
import { createDesktopApiHandlers } from './desktopApiHandlers.ts';
import { createHubCertificatePins } from './hubCertificatePins.ts';
import { createSecretStore } from './secretStore.ts';
import { testSafeStorage } from './testSafeStorage.ts';
import type { PdfOptions, PrintDeps, PrintOptions, SaveDialogOptions } from './printHandlers.ts';

/** A PDF's first bytes, as printToPDF would give them. */
const PDF = new TextEncoder().encode('%PDF-1.7\n%销售台\n');

/**
 * The window as main sees it: a stand-in for Electron's webContents (Electron cannot start here) that
 * records the options it is given and answers as the print dialog would.
 */
const fakeWindow = (printAnswer: [boolean, string] = [true, '']) => {
  const printed: PrintOptions[] = [];
  const rendered: PdfOptions[] = [];
  const contents = {
    print: (options: PrintOptions, callback: (success: boolean, failureReason: string) => void) => {
      printed.push(options);
      setTimeout(() => callback(...printAnswer), 0);
    },
    printToPDF: (options: PdfOptions) => (rendered.push(options), Promise.resolve(PDF)),
  };
  return { contents, printed, rendered };
};

const setup = (opts: { window?: ReturnType<typeof fakeWindow> | null; choose?: (o: SaveDialogOptions) => string | null } = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-pdf-'));
  const window = opts.window === undefined ? fakeWindow() : opts.window;
  const dialogs: SaveDialogOptions[] = [];
  const printing: PrintDeps = {
    contents: () => window?.contents ?? null,
    documentsDir: () => dir,
    showSaveDialog: (o) => {
      dialogs.push(o);
      const path = (opts.choose ?? ((d) => d.defaultPath))(o);
      return Promise.resolve(path === null ? { canceled: true } : { canceled: false, filePath: path });
    },
    // The real file system: the test reads back what was written.
    writeFile: (path, data) => writeFile(path, data),
    saveDialogTitle: () => '导出 PDF',
  };
  const dispatch = createApiDispatcher(
    createDesktopApiHandlers({
      version: '1.0.0',
      platform: 'win32',
      applyLocale: () => undefined,
      notify: () => true,
      discoverHubs: () => Promise.resolve([]),
      hosting: { host: () => Promise.reject(new Error('unused')), state: () => ({ running: false, lanUrls: [] }) },
      printing,
      opening: { tempDir: () => dir, exists: () => Promise.resolve(false), mkdir: () => Promise.resolve(), writeFile: () => Promise.resolve(), openPath: () => Promise.resolve('') },
      pins: createHubCertificatePins(),
      secrets: createSecretStore({ safeStorage: testSafeStorage(), platform: 'linux', file: join(dir, 'secrets.json') }),
    }),
  );
  return { dir, window, dialogs, dispatch };
};

describe('printPage through the desktop dispatcher', () => {
  it('opens the print dialog on A4 in the orientation asked for, with the page title as header', async () => {
    const { window, dispatch } = setup();
    expect(await dispatch('printPage', [{ title: '团队日报 2026-12-01', landscape: true }])).toEqual({ ok: true, value: { outcome: 'printed' } });
    expect(await dispatch('printPage', [{ title: '客户跟进报告', landscape: false }])).toEqual({ ok: true, value: { outcome: 'printed' } });
    expect(window?.printed).toEqual([
      { silent: false, printBackground: true, pageSize: 'A4', landscape: true, margins: { marginType: 'default' }, header: '团队日报 2026-12-01' },
      { silent: false, printBackground: true, pageSize: 'A4', landscape: false, margins: { marginType: 'default' }, header: '客户跟进报告' },
    ]);
  });

  it('answers cancelled when the user closes the dialog, and words a printer failure in Chinese', async () => {
    expect(await setup({ window: fakeWindow([false, 'cancelled']) }).dispatch('printPage', [{ title: '周报', landscape: true }])).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    expect(await setup({ window: fakeWindow([false, 'Print job canceled']) }).dispatch('printPage', [{ title: '周报', landscape: true }])).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    const failed = await setup({ window: fakeWindow([false, 'Print job failed']) }).dispatch('printPage', [{ title: '周报', landscape: true }]);
    expect(failed).toEqual({ ok: false, error: { code: 'failed', message: '操作“printPage”失败：打印没有完成（Print job failed），请检查打印机是否连接、是否有纸，然后重试。' } });
  });

  it('refuses a missing title or orientation before anything is printed, and a closed window', async () => {
    const { window, dispatch } = setup();
    expect(await dispatch('printPage', [{ title: ' ', landscape: true }])).toMatchObject({ ok: false, error: { code: 'badArguments', message: expect.stringContaining('请提供打印标题') } });
    expect(await dispatch('printPage', [{ title: '周报' }])).toMatchObject({ ok: false, error: { code: 'badArguments' } });
    expect(window?.printed).toEqual([]);
    expect(await setup({ window: null }).dispatch('printPage', [{ title: '周报', landscape: true }])).toMatchObject({ ok: false, error: { message: expect.stringContaining('窗口已关闭') } });
  });
});

describe('savePdf through the desktop dispatcher', () => {
  it('renders A4 with backgrounds and the stylesheet’s page size, proposes name.pdf in the documents folder, and writes the file', async () => {
    const { dir, window, dialogs, dispatch } = setup();
    const result = await dispatch('savePdf', [{ fileName: '团队日报-2026-12-01', landscape: true }]);
    const path = join(dir, '团队日报-2026-12-01.pdf');
    expect(result).toEqual({ ok: true, value: { saved: true, path } });
    expect(window?.rendered).toEqual([
      { pageSize: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, margins: { top: 0.47, bottom: 0.55, left: 0.47, right: 0.47 } },
    ]);
    expect(dialogs).toEqual([{ title: '导出 PDF', defaultPath: path, filters: [{ name: 'PDF', extensions: ['pdf'] }] }]);
    expect(readFileSync(path)).toEqual(Buffer.from(PDF));
  });

  it('keeps an extension already there, adds .pdf to a path chosen without one, and passes portrait on', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'salesdesk-pdf-chosen-'));
    const kept = setup({ choose: (o) => o.defaultPath });
    expect(await kept.dispatch('savePdf', [{ fileName: '周报 第48周.PDF', landscape: false }])).toEqual({ ok: true, value: { saved: true, path: join(kept.dir, '周报 第48周.PDF') } });
    expect(kept.window?.rendered[0]?.landscape).toBe(false);
    const chosen = setup({ choose: () => join(elsewhere, '上海启航 周报') });
    expect(await chosen.dispatch('savePdf', [{ fileName: '周报', landscape: true }])).toEqual({ ok: true, value: { saved: true, path: join(elsewhere, '上海启航 周报.pdf') } });
    expect(readFileSync(join(elsewhere, '上海启航 周报.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('answers not saved when the save dialog is cancelled', async () => {
    const { dir, dispatch } = setup({ choose: () => null });
    expect(await dispatch('savePdf', [{ fileName: '周报', landscape: true }])).toEqual({ ok: true, value: { saved: false } });
    expect(() => readFileSync(join(dir, '周报.pdf'))).toThrow();
  });

  it('refuses names with folder parts, forbidden characters or reserved device names, in Chinese, before rendering', async () => {
    const { window, dialogs, dispatch } = setup();
    for (const fileName of ['../周报', 'C:\\Users\\周报', '/etc/passwd', '周报:第48周', '周报?', 'a\u0000b']) {
      const refused = await dispatch('savePdf', [{ fileName, landscape: true }]);
      expect(refused).toMatchObject({ ok: false, error: { code: 'badArguments', message: expect.stringContaining('文件名不能包含') } });
    }
    expect(await dispatch('savePdf', [{ fileName: '  ', landscape: true }])).toMatchObject({ ok: false, error: { message: expect.stringContaining('文件名不能为空') } });
    expect(await dispatch('savePdf', [{ fileName: '..', landscape: true }])).toMatchObject({ ok: false, error: { message: expect.stringContaining('只由点组成') } });
    expect(await dispatch('savePdf', [{ fileName: 'CON', landscape: true }])).toMatchObject({ ok: false, error: { message: expect.stringContaining('Windows 保留') } });
    expect(await dispatch('savePdf', [{ fileName: '周'.repeat(121), landscape: true }])).toMatchObject({ ok: false, error: { message: expect.stringContaining('文件名太长') } });
    expect(window?.rendered).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('says where it failed to write, in Chinese', async () => {
    const { dispatch } = setup({ choose: () => join(tmpdir(), 'salesdesk-no-such-folder', 'deeper', '周报.pdf') });
    const failed = await dispatch('savePdf', [{ fileName: '周报', landscape: true }]);
    expect(failed).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringMatching(/PDF 没有保存到 .*周报\.pdf（.*ENOENT.*），请换一个文件夹/) } });
  });
});
