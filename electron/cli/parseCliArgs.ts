import { parseArgs } from 'node:util';
import { z } from 'zod';

const optionsSchema = z.object({
  file: z.string().min(1),
  'dry-run': z.boolean(),
  json: z.boolean(),
  target: z.enum(['followUps', 'customers']),
  sheet: z.string().min(1).optional(),
  'hub-data': z.string().min(1).optional(),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '请写成 YYYY-MM-DD').optional(),
  timeout: z.coerce.number().int().min(1).max(3600),
  match: z.enum(['name', 'phone', 'nameOrPhone']),
  'on-existing': z.enum(['update', 'skip', 'create']),
});

export type CliOptions = z.infer<typeof optionsSchema>;
export type ParsedCliArgs = { ok: true; options: CliOptions } | { ok: false; message: string };

export const CLI_USAGE = [
  '用法：npm run cli -- import 文件 --dry-run [--json] [--target followUps|customers] [--sheet 工作表名]',
  '      [--hub-data 团队数据目录] [--today YYYY-MM-DD] [--timeout 秒] [--match name|phone|nameOrPhone] [--on-existing update|skip|create]',
  '预览导入：识别工作表、表头和列对应，并逐行给出结果（新增 / 更新 / 不变 / 跳过 / 拒绝），不写入任何数据。',
].join('\n');

/** `import FILE --dry-run …`, validated with Chinese messages. Committing is refused here: it happens in the app. */
export const parseCliArgs = (argv: readonly string[]): ParsedCliArgs => {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        target: { type: 'string', default: 'followUps' },
        sheet: { type: 'string' },
        'hub-data': { type: 'string' },
        today: { type: 'string' },
        timeout: { type: 'string', default: '120' },
        match: { type: 'string', default: 'nameOrPhone' },
        'on-existing': { type: 'string', default: 'update' },
      },
    });
    const [command, file, ...rest] = positionals;
    if (command !== 'import' || file === undefined || rest.length > 0) return { ok: false, message: CLI_USAGE };
    const parsed = optionsSchema.safeParse({ ...values, file });
    if (!parsed.success) return { ok: false, message: `参数无效：${parsed.error.issues.map((i) => `--${i.path.join('.')} ${i.message}`).join('；')}\n${CLI_USAGE}` };
    if (!parsed.data['dry-run']) {
      return { ok: false, message: '命令行只能预览导入，不会写入数据：请加上 --dry-run。正式导入请在销售台应用的「导入导出」页面完成（可撤销整批导入）。' };
    }
    return { ok: true, options: parsed.data };
  } catch (err) {
    return { ok: false, message: `${err instanceof Error ? err.message : String(err)}\n${CLI_USAGE}` };
  }
};
