import { z } from 'zod';
import { collectionNames } from '../db/collections.ts';

/** GET /api/audit/revisions (admins) and GET /api/audit/trash (every member, what they may restore). */
export const AUDIT_API_PREFIX = '/api/audit/';

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 500;
/** The 回收站 answers at most this many records, newest first; `truncated` says when there were more. */
export const TRASH_LIMIT = 2000;

const collectionParam = z.enum(collectionNames, { error: '记录类型无效：请从列表中选择跟进、客户、日报等类型。' });

/** Query strings arrive as text; each number is read strictly so "12abc" is refused, not half-read. */
const msParam = (what: string) =>
  z.string().regex(/^\d{1,16}$/, `${what}应为毫秒时间戳（整数）。`).transform(Number);

/** `before` is the cursor of the previous page's last row: `<at>:<seq>`. */
const cursorParam = z
  .string()
  .regex(/^\d{1,16}:\d{1,16}$/, '翻页位置无效：请回到第一页重新查询。')
  .transform((c) => {
    const [at, seq] = c.split(':').map(Number) as [number, number];
    return { at, seq };
  });

export const auditQuerySchema = z
  .strictObject(
  {
    member: z.string().min(1).max(40).optional(),
    /** Comma-separated collection names. */
    types: z
      .string()
      .max(300)
      .optional()
      .transform((s) => (s ? s.split(',').filter(Boolean) : []))
      .pipe(z.array(collectionParam)),
    from: msParam('开始时间').optional(),
    to: msParam('结束时间').optional(),
    before: cursorParam.optional(),
    limit: z
      .string()
      .regex(/^\d{1,4}$/, '每页条数应为整数。')
      .transform(Number)
      .pipe(z.number().int().min(1, '每页至少 1 条。').max(AUDIT_PAGE_MAX, `每页最多 ${AUDIT_PAGE_MAX} 条。`))
      .optional(),
  },
  { error: '查询参数中有无法识别的项：只支持 member、types、from、to、before、limit。' },
  )
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, { error: '开始时间应早于结束时间。' });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const fieldChangeSchema = z.object({ field: z.string(), from: z.unknown().optional(), to: z.unknown().optional() });

export const auditRowSchema = z.object({
  seq: z.number().int(),
  at: z.number(),
  memberId: z.string(),
  deviceId: z.string(),
  collection: z.enum(collectionNames),
  id: z.string(),
  kind: z.enum(['created', 'changed', 'trashed', 'restored', 'deleted']),
  changes: z.array(fieldChangeSchema),
  /** The record as this revision left it (its title is read from it). */
  doc: z.record(z.string(), z.unknown()),
});
export type AuditRow = z.infer<typeof auditRowSchema>;

/** Newest first; `next` is the cursor of the following page (null on the last). */
export const auditPageSchema = z.object({ rows: z.array(auditRowSchema), total: z.number().int(), next: z.string().nullable() });
export type AuditPage = z.infer<typeof auditPageSchema>;

export const trashQuerySchema = z.strictObject({ type: collectionParam.optional() }, { error: '查询参数中有无法识别的项：只支持 type。' });

/** trashed: in 回收站 (soft delete); purged: removed for good (an import taken back), restorable from the hub's history. */
export const trashItemSchema = z.object({
  collection: z.enum(collectionNames),
  id: z.string(),
  seq: z.number().int(),
  state: z.enum(['trashed', 'purged']),
  /** Who moved it to 回收站 or removed it, and when (the hub's record of that revision). */
  by: z.string(),
  at: z.number(),
  /** The record's last content before it was removed (for a purged record, the revision before). */
  doc: z.record(z.string(), z.unknown()),
});
export type TrashItem = z.infer<typeof trashItemSchema>;

export const trashListSchema = z.object({ items: z.array(trashItemSchema), truncated: z.boolean() });
export type TrashList = z.infer<typeof trashListSchema>;

/** Device id → the name the member gave that desktop when joining, for the history's "from which desktop". */
export const deviceNamesSchema = z.record(z.string(), z.string());
