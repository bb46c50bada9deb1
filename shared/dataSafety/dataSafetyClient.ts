import type { z } from 'zod';
import {
  backupListSchema, backupMadeSchema, DATA_SAFETY_PREFIX, dataSafetyReplySchema, restoreResultSchema,
  type BackupList, type DataSafetyAction, type RestoreResult,
} from './dataSafetySchemas.ts';

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

const unreachable = (hubUrl: string): Outcome<never> => ({ ok: false, message: `无法连接团队服务器 ${hubUrl}，请检查网络后重试。` });

const post = (hubUrl: string, token: string, action: DataSafetyAction, body: unknown = {}) =>
  fetch(`${hubUrl}${DATA_SAFETY_PREFIX}${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

const call = async <S extends z.ZodType>(hubUrl: string, token: string, action: DataSafetyAction, schema: S, body?: unknown): Promise<Outcome<z.infer<S>>> => {
  try {
    const response = await post(hubUrl, token, action, body);
    const reply = dataSafetyReplySchema.safeParse(await response.json());
    if (reply.success && !reply.data.ok) return { ok: false, message: reply.data.error.message };
    const value = reply.success && reply.data.ok ? schema.safeParse(reply.data.value) : null;
    return value?.success ? { ok: true, value: value.data as z.infer<S> } : { ok: false, message: `团队服务器的回答无法识别（HTTP ${response.status}），请把两边升级到同一版本。` };
  } catch {
    return unreachable(hubUrl);
  }
};

/** The 数据安全 panel's calls to the hub, as an admin (a desktop that is not the hub reaches it over the LAN). */
export const dataSafetyClient = {
  list: (hubUrl: string, token: string): Promise<Outcome<BackupList>> => call(hubUrl, token, 'backups', backupListSchema),
  backupNow: (hubUrl: string, token: string): Promise<Outcome<{ name: string; takenAt: number }>> => call(hubUrl, token, 'backup', backupMadeSchema),
  restore: (hubUrl: string, token: string, name: string): Promise<Outcome<RestoreResult>> => call(hubUrl, token, 'restore', restoreResultSchema, { name }),
  /** The whole-team workbook (.xlsx) or archive (.archive) as bytes. */
  download: async (hubUrl: string, token: string, action: 'archive' | 'workbook'): Promise<Outcome<Uint8Array>> => {
    try {
      const response = await post(hubUrl, token, action);
      if (response.ok) return { ok: true, value: new Uint8Array(await response.arrayBuffer()) };
      const parsed = dataSafetyReplySchema.safeParse(await response.json().catch(() => null));
      return { ok: false, message: parsed.success && !parsed.data.ok ? parsed.data.error.message : `导出失败（HTTP ${response.status}），请稍后重试。` };
    } catch {
      return unreachable(hubUrl);
    }
  },
};
