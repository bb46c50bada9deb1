import type { zhCN } from '../../../shared/i18n/zhCN.ts';

// Typed keys: t('nav.followups') is checked against the Chinese tree at compile time.
declare module 'i18next' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
