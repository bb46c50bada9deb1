import type { ReactNode } from 'react';

/** A labelled control (the label wraps it, so a click on the label focuses it) with its refusal beneath, outside the label's name. */
export const FormField = ({ label, error, wide = false, children }: { label: string; error?: string | undefined; wide?: boolean; children: ReactNode }) => (
  <div className={`cd-field${error ? ' invalid' : ''}${wide ? ' wide' : ''}`}>
    <label>
      <span className="cd-field-label">{label}</span>
      {children}
    </label>
    {error && <span className="field-error" role="alert">{error}</span>}
  </div>
);
