import { describe, expect, it } from 'vitest';
import { safeAttachmentName } from './safeAttachmentName.ts';

describe('safeAttachmentName', () => {
  it('keeps a plain Chinese name as it is', () => {
    expect(safeAttachmentName('技术协议（盖章版）.pdf')).toBe('技术协议（盖章版）.pdf');
  });
  it('never lets a name choose a folder or use what Windows refuses', () => {
    expect(safeAttachmentName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(safeAttachmentName('C:\\合同\\a?.pdf')).toBe('C__合同_a_.pdf');
    expect(safeAttachmentName('nul.txt')).toBe('_nul.txt');
    expect(safeAttachmentName('  ')).toBe('附件');
    expect(safeAttachmentName('..')).toBe('附件');
  });
  it('cuts a long name before its extension', () => {
    const name = safeAttachmentName(`${'合'.repeat(200)}.docx`);
    expect(name).toHaveLength(120);
    expect(name.endsWith('合.docx')).toBe(true);
  });
});
