import { z } from 'zod';

/** The hub's 数据安全 endpoints (admins only, bearer token): POST /api/data-safety/<action>. */
export const DATA_SAFETY_PREFIX = '/api/data-safety/';

export const dataSafetyActions = ['backups', 'backup', 'restore', 'archive', 'workbook'] as const;
export type DataSafetyAction = (typeof dataSafetyActions)[number];

/** Why a backup exists: 每日 (the daily schedule), 手动 (立即备份), 恢复前 (taken before a restore), or an older unnamed one. */
export const backupKindSchema = z.enum(['daily', 'manual', 'prerestore', 'other']);
export type BackupKind = z.infer<typeof backupKindSchema>;

export const backupInfoSchema = z.object({
  name: z.string(),
  takenAt: z.number(),
  size: z.number().int().min(0),
  kind: backupKindSchema,
  /** Live (not deleted) records per collection in the backup; null when the file could not be read. */
  counts: z.record(z.string(), z.number().int().min(0)).nullable(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const backupListSchema = z.object({
  backups: z.array(backupInfoSchema),
  /** Attachment files are kept beside the database, not inside the backups (see the README). */
  blobCount: z.number().int().min(0),
});
export type BackupList = z.infer<typeof backupListSchema>;

const backupName = z.string().regex(/^salesdesk-\d{8}-\d{6}(-[a-z]+)?\.sqlite$/, '备份文件名无效，请从备份列表中选择。');

export const restoreRequestSchema = z.object({ name: backupName });
export const restoreResultSchema = z.object({ restored: z.string(), safetyBackup: z.string(), epoch: z.string() });
export type RestoreResult = z.infer<typeof restoreResultSchema>;

export const backupMadeSchema = z.object({ name: z.string(), takenAt: z.number() });

/** Every reply is { ok: true, value } or { ok: false, error: { message } } with a Chinese message. */
export const dataSafetyReplySchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ message: z.string() }) }),
]);
