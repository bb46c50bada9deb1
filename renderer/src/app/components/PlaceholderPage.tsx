import type { ReactNode } from 'react';

type Props = { title: string; summary: string; coming: string; children?: ReactNode };

/** A page whose feature arrives in a later release: what is stored now, and what comes. */
export const PlaceholderPage = ({ title, summary, coming, children }: Props) => (
  <section className="page">
    <header className="page-header">
      <h1>{title}</h1>
    </header>
    <p className="page-summary" data-testid="page-summary">
      {summary}
    </p>
    {children}
    <p className="page-coming">{coming}</p>
  </section>
);
