import { z } from 'zod';
import type { ColumnFilter, SortSpec, ViewState } from './gridTypes.ts';

/** A fresh default: every follow-up, default order (newest first), no search, grouping or column changes. */
export const defaultViewState = (): ViewState => ({
  base: 'all',
  filters: [],
  sort: [],
  search: '',
  groupBy: null,
  columns: { order: [], hidden: [], widths: {}, frozen: 0 },
});

const column = z.string().min(1);
const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const datePreset = z.enum(['today', 'yesterday', 'thisWeek', 'lastWeek', 'thisMonth', 'lastMonth', 'before', 'after', 'between']);

const filterSchema: z.ZodType<ColumnFilter> = z.discriminatedUnion('kind', [
  z.object({ column, kind: z.literal('contains'), text: z.string() }),
  z.object({ column, kind: z.literal('in'), values: z.array(z.string()) }),
  z.object({ column, kind: z.literal('empty'), empty: z.boolean() }),
  z.object({ column, kind: z.literal('date'), preset: datePreset, from: calendarDate.optional(), to: calendarDate.optional() }),
  z.object({ column, kind: z.literal('number'), min: z.number().optional(), max: z.number().optional() }),
]);

const sortSchema: z.ZodType<SortSpec> = z.object({ column, desc: z.boolean().catch(false) });

/** A list that keeps its valid items and drops the rest: one bad filter must not cost the whole view. */
const lenientList = <T>(item: z.ZodType<T>) =>
  z
    .preprocess((v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? [v] : v), z.array(z.unknown()))
    .catch([])
    .transform((items): T[] =>
      items.flatMap((i) => {
        const parsed = item.safeParse(i);
        return parsed.success ? [parsed.data] : [];
      }),
    );

const widthsSchema = z
  .record(z.string(), z.unknown())
  .catch({})
  .transform((widths) => Object.fromEntries(Object.entries(widths).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] > 0)));

const columnsSchema = z
  .object({
    order: lenientList(z.string()),
    hidden: lenientList(z.string()),
    widths: widthsSchema,
    frozen: z.number().int().min(0).catch(0),
  })
  .catch(() => defaultViewState().columns);

/**
 * A saved view as stored JSON → ViewState. It never fails: a field that is missing or wrong takes its
 * default, invalid filters and sort specs are dropped one by one, unknown (old or newer) fields are
 * ignored, and anything that is not an object gives the default view. A single sort object (older
 * format) is read as a one-item list.
 */
export const viewStateSchema: z.ZodType<ViewState> = z
  .object({
    base: z.enum(['all', 'mine', 'dueToday', 'overdue', 'newThisWeek', 'stalled7', 'trash']).catch('all'),
    filters: lenientList(filterSchema),
    sort: lenientList(sortSchema),
    search: z.string().catch(''),
    groupBy: z.enum(['ownerId', 'stage', 'status', 'customerId']).nullable().catch(null),
    columns: columnsSchema,
  })
  .catch(() => defaultViewState());
