import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localeSchema, type Locale } from '../../../shared/api/apiSchemas.ts';
import { api } from '../platform/api.ts';
import { rememberLocale } from './i18n.ts';

/** The UI language and a switch that also tells the desktop (so the menu follows). */
export const useLocale = (): [Locale, (next: Locale) => void] => {
  const { i18n } = useTranslation();
  const parsed = localeSchema.safeParse(i18n.language);
  const locale = parsed.success ? parsed.data : 'zh-CN';
  const setLocale = useCallback(
    (next: Locale) => {
      rememberLocale(next);
      document.documentElement.lang = next;
      void i18n.changeLanguage(next);
      void api.setLocale(next).catch(() => undefined);
    },
    [i18n],
  );
  return [locale, setLocale];
};
