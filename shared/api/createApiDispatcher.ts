import type { z } from 'zod';
import { apiMethodNames, type ApiMethodName } from './apiMethodNames.ts';
import { apiSchemas } from './apiSchemas.ts';
import type { ApiHandlers } from './appApi.ts';
import type { ApiErrorBody } from './apiError.ts';

export type DispatchOutcome = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody };

const isMethod = (name: unknown): name is ApiMethodName =>
  typeof name === 'string' && (apiMethodNames as readonly string[]).includes(name);

const describeIssues = (error: z.ZodError): string =>
  error.issues.map((i) => (i.path.length ? `第 ${i.path.join('.')} 项：${i.message}` : i.message)).join('；');

/**
 * One entry point for every call from outside (Electron IPC, the hub's HTTP): checks the method name,
 * validates the arguments with zod, runs the handler, and validates what it returns.
 */
export const createApiDispatcher =
  (handlers: ApiHandlers) =>
  async (method: unknown, args: unknown): Promise<DispatchOutcome> => {
    if (!isMethod(method)) {
      return { ok: false, error: { code: 'unknownMethod', message: `未知的操作“${String(method)}”，请升级到最新版本后重试。` } };
    }
    const schema = apiSchemas[method];
    const parsed = schema.args.safeParse(args);
    if (!parsed.success) {
      return { ok: false, error: { code: 'badArguments', message: `操作“${method}”的参数无效：${describeIssues(parsed.error)}` } };
    }
    try {
      const handler = handlers[method] as (...a: unknown[]) => unknown;
      const value: unknown = await handler(...(parsed.data as unknown[]));
      const checked = schema.result.safeParse(value);
      if (!checked.success) return { ok: false, error: { code: 'badResult', message: `操作“${method}”返回了无效的数据，请重试或联系管理员。` } };
      return { ok: true, value: checked.data };
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      return { ok: false, error: { code: 'failed', message: `操作“${method}”失败：${reason}` } };
    }
  };
