import type { Locale } from '../api/apiSchemas.ts';
import { en } from './en.ts';
import type { Messages } from './messages.ts';
import { zhCN } from './zhCN.ts';

export const localeMessages: Record<Locale, Messages> = { 'zh-CN': zhCN, en };
