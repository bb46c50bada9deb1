import type { ReactNode } from 'react';

/** A labelled form field with its refusal under it (the 客户 dialogs' one layout). */
export const FormField = ({ label, error, wide = false, children }: { label: string; error?: string | undefined; wide?: boolean; children: ReactNode }) => (
  <label className={`cust-field${wide ? ' cust-field-wide' : ''}${error ? ' invalid' : ''}`}>
    <span className="cust-field-label">{label}</span>
    {children}
    {error ? <span className="field-error" role="alert">{error}</span> : null}
  </label>
);
