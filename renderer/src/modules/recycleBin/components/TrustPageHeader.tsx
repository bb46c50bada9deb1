import { appLinkHash } from '../../../../../shared/links/appLink.ts';

type Props = { title: string; back: string; hint: string };

/** 回收站 and 审计 open under 团队设置: a way back, the title and what the page holds. */
export const TrustPageHeader = ({ title, back, hint }: Props) => (
  <header className="page-header">
    <div>
      <a className="cd-back" href={appLinkHash({ kind: 'page', page: 'settings' })}>
        {back}
      </a>
      <h1>{title}</h1>
      <p className="muted">{hint}</p>
    </div>
  </header>
);
