import { useTranslation } from 'react-i18next';
import { pageIdSchema, type PageId } from '../../../../shared/api/apiSchemas.ts';
import { ReportsNavBadge } from '../../modules/teamReports/components/ReportsNavBadge.tsx';
import { NavIcon } from './NavIcon.tsx';

type Props = { page: PageId; go: (page: PageId) => void; teamName: string };

export const NavBar = ({ page, go, teamName }: Props) => {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('app.name')}>
      <div className="nav-brand">
        <span className="nav-logo" aria-hidden="true">
          {t('app.name').slice(0, 1)}
        </span>
        <div>
          <div className="nav-title">{t('app.name')}</div>
          <div className="nav-team">{teamName}</div>
        </div>
      </div>
      <ul>
        {pageIdSchema.options.map((id) => (
          <li key={id}>
            <button type="button" className={id === page ? 'nav-item active' : 'nav-item'} aria-current={id === page ? 'page' : undefined} onClick={() => go(id)}>
              <NavIcon page={id} />
              <span>{t(`nav.${id}`)}</span>
              {id === 'reports' && <ReportsNavBadge />}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
};
