import { useTranslation } from 'react-i18next';
import { TRUST_PAGES } from '../utils/trustSubPage.ts';

/** 团队设置's way to 回收站 (everyone) and 审计 (admins only: the hub refuses others anyway). */
export const TrustLinks = ({ isAdmin }: { isAdmin: boolean }) => {
  const { t } = useTranslation();
  return (
    <div className="card">
      <h2>{t('recycleBin.title')}</h2>
      <p className="muted">{t('recycleBin.hint')}</p>
      <div className="trust-links">
        <a className="button" href={TRUST_PAGES.recycleBin}>
          {t('recycleBin.open')}
        </a>
        {isAdmin ? (
          <a className="button" href={TRUST_PAGES.audit}>
            {t('audit.open')}
          </a>
        ) : null}
      </div>
    </div>
  );
};
