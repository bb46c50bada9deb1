import { parseArgs } from 'node:util';
import { z } from 'zod';

const optionsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  data: z.string().min(1),
  renderer: z.string().min(1).optional(),
  restore: z.string().min(1).optional(),
  'import-archive': z.string().min(1).optional(),
  'no-mdns': z.boolean().optional(),
});

export type HubOptions = z.infer<typeof optionsSchema>;
export type ParsedHubArgs = { ok: true; options: HubOptions } | { ok: false; message: string };

export const HUB_DEFAULT_PORT = 4317;

const usage = '用法：npm run hub -- [--port 4317] [--host 0.0.0.0] [--data 数据目录] [--renderer 界面目录] [--restore 备份文件] [--import-archive 归档文件] [--no-mdns]';

/** Command-line options of the headless hub, validated with clear Chinese messages. */
export const parseHubArgs = (argv: string[]): ParsedHubArgs => {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: String(HUB_DEFAULT_PORT) },
        host: { type: 'string', default: '0.0.0.0' },
        data: { type: 'string', default: 'hub-data' },
        renderer: { type: 'string' },
        restore: { type: 'string' },
        'import-archive': { type: 'string' },
        'no-mdns': { type: 'boolean' },
      },
      strict: true,
    });
    const parsed = optionsSchema.safeParse(values);
    if (!parsed.success) return { ok: false, message: `参数无效：${parsed.error.issues.map((i) => `--${i.path.join('.')} ${i.message}`).join('；')}\n${usage}` };
    return { ok: true, options: parsed.data };
  } catch (err) {
    return { ok: false, message: `${err instanceof Error ? err.message : String(err)}\n${usage}` };
  }
};
