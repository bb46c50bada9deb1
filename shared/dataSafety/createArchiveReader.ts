import { archiveRecordSchema, ARCHIVE_FORMAT, ARCHIVE_VERSION, type ArchiveCounts, type ArchiveHeader, type ArchiveRecord } from './archiveFormat.ts';

/** A damaged or foreign archive: the message says what is wrong, in Chinese. */
export class ArchiveError extends Error {}

export type ArchiveReader = {
  /** Checks one line (without its newline) and returns its record; throws ArchiveError at the first fault. */
  accept: (line: string) => ArchiveRecord;
  /** After the last line: the header and the counts, or an ArchiveError when the file ended early. */
  finish: () => { header: ArchiveHeader; counts: ArchiveCounts };
};

const damaged = (lineNo: number, what: string): ArchiveError =>
  new ArchiveError(`归档文件已损坏（第 ${lineNo} 行：${what}），没有导入任何数据。请重新从原团队服务器导出归档。`);

const foreign = (): ArchiveError =>
  new ArchiveError(`这个文件不是销售台的团队归档（.archive），没有导入任何数据。请选择在 团队设置 → 数据安全 中导出的归档文件。`);

const parseJson = (line: string): unknown => {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
};

const firstLine = (value: unknown): ArchiveHeader => {
  const v = value as { format?: unknown; version?: unknown } | undefined;
  if (v?.format !== ARCHIVE_FORMAT) throw foreign();
  if (v.version !== ARCHIVE_VERSION) {
    throw new ArchiveError(`这个归档由其他版本的销售台导出（格式版本 ${String(v.version)}，本机支持 ${ARCHIVE_VERSION}），没有导入任何数据。请把两边升级到同一版本后再导入。`);
  }
  const parsed = archiveRecordSchema.safeParse(value);
  if (!parsed.success || parsed.data.t !== 'header') throw damaged(1, '文件头不完整');
  return parsed.data;
};

/**
 * Validates an archive line by line (zod per record, then the file's own rules: revisions in commit
 * order, each master naming its document's newest revision, blobs once, an end line whose counts
 * match). Nothing is trusted until `finish` passes, so the importer writes inside one transaction.
 */
export const createArchiveReader = (): ArchiveReader => {
  let lineNo = 0;
  let header: ArchiveHeader | null = null;
  let ended: ArchiveCounts | null = null;
  let lastSeq = 0;
  const newest = new Map<string, number>();
  const mastered = new Set<string>();
  const blobs = new Set<string>();
  const seen = { revisions: 0, docs: 0, blobs: 0 };

  const check = (record: ArchiveRecord): void => {
    if (record.t === 'header') throw damaged(lineNo, '文件头重复');
    if (record.t === 'revision') {
      if (record.seq <= lastSeq || mastered.size > 0) throw damaged(lineNo, '修改记录的顺序不对');
      if (record.doc.id !== record.id) throw damaged(lineNo, '修改记录的编号不一致');
      lastSeq = record.seq;
      newest.set(`${record.collection}/${record.id}`, record.seq);
      seen.revisions += 1;
    } else if (record.t === 'doc') {
      const key = `${record.collection}/${record.doc.id}`;
      if (newest.get(key) !== record.seq || mastered.has(key) || blobs.size > 0) throw damaged(lineNo, `记录 ${key} 与它的修改记录对不上`);
      mastered.add(key);
      seen.docs += 1;
    } else if (record.t === 'blob') {
      if (blobs.has(record.sha256)) throw damaged(lineNo, '附件重复');
      if (Math.floor((record.base64.length * 3) / 4) - (record.base64.match(/=+$/)?.[0].length ?? 0) !== record.size) throw damaged(lineNo, '附件大小不符');
      blobs.add(record.sha256);
      seen.blobs += 1;
    } else {
      if (record.counts.revisions !== seen.revisions || record.counts.docs !== seen.docs || record.counts.blobs !== seen.blobs) throw damaged(lineNo, '条数与文件尾不符');
      if (mastered.size !== newest.size) throw damaged(lineNo, '有记录缺少当前版本');
      ended = record.counts;
    }
  };

  return {
    accept: (line) => {
      lineNo += 1;
      const value = parseJson(line);
      if (header === null) return (header = firstLine(value));
      if (ended !== null) throw damaged(lineNo, '文件尾之后还有内容');
      const parsed = archiveRecordSchema.safeParse(value);
      if (!parsed.success) throw damaged(lineNo, value === undefined ? '不是有效的 JSON' : (parsed.error.issues[0]?.message ?? '内容无效'));
      check(parsed.data);
      return parsed.data;
    },
    finish: () => {
      if (header === null) throw foreign();
      if (ended === null) throw damaged(lineNo, '文件不完整，缺少文件尾');
      return { header, counts: ended };
    },
  };
};
