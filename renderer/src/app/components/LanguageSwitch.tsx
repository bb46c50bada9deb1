import { useTranslation } from 'react-i18next';
import { localeSchema } from '../../../../shared/api/apiSchemas.ts';
import { useLocale } from '../../i18n/useLocale.ts';

export const LanguageSwitch = () => {
  const { t } = useTranslation();
  const [locale, setLocale] = useLocale();
  return (
    <label className="language-switch">
      <span>{t('language.label')}</span>
      <select
        aria-label={t('language.label')}
        value={locale}
        onChange={(e) => {
          const parsed = localeSchema.safeParse(e.target.value);
          if (parsed.success) setLocale(parsed.data);
        }}
      >
        {localeSchema.options.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
};
