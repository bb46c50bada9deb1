import { useTranslation } from 'react-i18next';

/** Shown when the local replica cannot open (e.g. another window holds an old version open). */
export const BootError = ({ reason }: { reason: string }) => {
  const { t } = useTranslation();
  return (
    <main className="boot-error" role="alert">
      <h1>{t('app.name')}</h1>
      <p>{t('errors.dbOpen', { reason })}</p>
    </main>
  );
};
