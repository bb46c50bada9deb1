import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { localeSchema, type Locale } from '../../../shared/api/apiSchemas.ts';
import { localeMessages } from '../../../shared/i18n/localeMessages.ts';

const STORAGE_KEY = 'salesdesk.locale';

/** The language the user chose last time on this desktop, Chinese by default. */
export const storedLocale = (): Locale => {
  const parsed = localeSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
  return parsed.success ? parsed.data : 'zh-CN';
};

export const rememberLocale = (locale: Locale): void => window.localStorage.setItem(STORAGE_KEY, locale);

export const initI18n = async (locale: Locale): Promise<typeof i18next> => {
  await i18next.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: localeMessages['zh-CN'] },
      en: { translation: localeMessages.en },
    },
    lng: locale,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
};
