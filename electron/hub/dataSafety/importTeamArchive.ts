import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { DatabaseSync } from 'node:sqlite';
import { createGunzip } from 'node:zlib';
import { ArchiveError, createArchiveReader } from '../../../shared/dataSafety/createArchiveReader.ts';
import type { ArchiveCounts } from '../../../shared/dataSafety/archiveFormat.ts';
import { canonicalJson } from '../../../shared/sync/canonicalJson.ts';
import { createReplicatedDocValidator } from '../replicatedDocValidator.ts';
import { openSqliteHubStore } from '../store/openSqliteHubStore.ts';

export type ImportArchiveOptions = { archiveFile: string; dataFile: string; blobsDir: string; newEpoch: string; newId: () => string };

const notEmpty = (): ArchiveError =>
  new ArchiveError('这个团队服务器已经有数据，归档只能导入到新的（空的）团队服务器。请换一个新的数据目录（--data）后再导入。');

/** The archive's lines, gunzipped as they are read; a file that is not gzip at all reads as foreign. */
const lines = (file: string) => {
  const gunzip = createGunzip();
  const input = createReadStream(file).pipe(gunzip);
  const failed = new Promise<never>((_resolve, reject) => {
    const fail = () => reject(new ArchiveError('这个文件不是销售台的团队归档（.archive），或文件已损坏，没有导入任何数据。请选择在 团队设置 → 数据安全 中导出的归档文件。'));
    gunzip.on('error', fail);
  });
  failed.catch(() => undefined);
  return { lines: createInterface({ input, crlfDelay: Infinity }), failed };
};

/** Blobs are staged beside the target folder and moved in only after the database commits. */
const stageBlob = (staging: string, sha: string, base64: string, lineNo: number): void => {
  const bytes = Buffer.from(base64, 'base64');
  if (createHash('sha256').update(bytes).digest('hex') !== sha) throw new ArchiveError(`归档文件已损坏（第 ${lineNo} 行：附件内容与编号不符），没有导入任何数据。请重新导出归档。`);
  writeFileSync(join(staging, sha), bytes);
};

const moveBlobs = (staging: string, blobsDir: string, shas: readonly string[]): void => {
  for (const sha of shas) {
    const target = join(blobsDir, sha.slice(0, 2), sha);
    if (existsSync(target)) continue; // content-addressed: the same name is the same bytes
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(staging, sha), target);
  }
};

/** Refuses a hub that already holds team data: an archive fills a new hub, it never merges into one. */
const ensureEmpty = (dataFile: string, newId: () => string): void => {
  const store = openSqliteHubStore({ file: dataFile, newId }); // creates the schema on a new folder
  try {
    if (store.maxSeq() > 0) throw notEmpty();
  } finally {
    store.close();
  }
};

/**
 * Imports a team archive into a new hub's (closed) data file, in one transaction: every record is
 * checked (zod, the archive's own rules, each document against its collection schema, each blob
 * against its SHA-256) and a fault rolls everything back, so a damaged or foreign file imports
 * nothing. The masters and every revision keep their sequence numbers, authors and times; the hub
 * gets a new epoch so any desktop already connected re-pushes what it has.
 */
export const importTeamArchive = async (o: ImportArchiveOptions): Promise<ArchiveCounts> => {
  ensureEmpty(o.dataFile, o.newId);
  const reader = createArchiveReader();
  const validate = createReplicatedDocValidator();
  mkdirSync(dirname(o.blobsDir), { recursive: true });
  const staging = mkdtempSync(join(dirname(o.blobsDir), 'import-blobs-'));
  const db = new DatabaseSync(o.dataFile);
  const shas: string[] = [];
  let lineNo = 0;
  try {
    db.exec('PRAGMA busy_timeout = 5000; BEGIN IMMEDIATE');
    const revision = db.prepare('INSERT INTO revisions (seq, collection, id, data, member_id, device_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const master = db.prepare('INSERT INTO docs (collection, id, seq, data) VALUES (?, ?, ?, ?)');
    const source = lines(o.archiveFile);
    const consume = async () => {
      for await (const line of source.lines) {
        lineNo += 1;
        const r = reader.accept(line);
        if (r.t === 'revision') revision.run(r.seq, r.collection, r.id, canonicalJson(r.doc), r.memberId, r.deviceId, r.at);
        if (r.t === 'doc') {
          const fault = validate(r.collection, r.doc);
          if (fault) throw new ArchiveError(`归档中的记录不符合本机的数据格式（第 ${lineNo} 行：${fault}），没有导入任何数据。请确认两边是同一版本的销售台。`);
          master.run(r.collection, r.doc.id, r.seq, canonicalJson(r.doc));
        }
        if (r.t === 'blob') {
          stageBlob(staging, r.sha256, r.base64, lineNo);
          shas.push(r.sha256);
        }
      }
    };
    await Promise.race([consume(), source.failed]);
    const { counts } = reader.finish();
    db.prepare("UPDATE meta SET value = ? WHERE key = 'epoch'").run(o.newEpoch);
    db.exec('COMMIT');
    moveBlobs(staging, o.blobsDir, shas);
    return counts;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    db.close();
    rmSync(staging, { recursive: true, force: true });
  }
};
