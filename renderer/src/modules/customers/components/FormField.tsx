import type { ReactNode } from 'react';

/** A labelled form field with its refusal under it, outside the label (the field keeps its plain name). */
export const FormField = ({ label, error, wide = false, children }: { label: string; error?: string | undefined; wide?: boolean; children: ReactNode }) => (
  <div className={`cust-field${wide ? ' cust-field-wide' : ''}${error ? ' invalid' : ''}`}>
    <label className="cust-field-control">
      <span className="cust-field-label">{label}</span>
      {children}
    </label>
    {error ? <span className="field-error" role="alert">{error}</span> : null}
  </div>
);
