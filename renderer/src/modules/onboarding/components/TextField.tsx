type Props = {
  id: string;
  label: string;
  value: string;
  placeholder: string;
  error: string | undefined;
  onChange: (value: string) => void;
};

export const TextField = ({ id, label, value, placeholder, error, onChange }: Props) => (
  <div className={error ? 'field invalid' : 'field'}>
    <label htmlFor={id}>{label}</label>
    <input
      id={id}
      value={value}
      placeholder={placeholder}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
    {error && (
      <div id={`${id}-error`} className="field-error" role="alert">
        {error}
      </div>
    )}
  </div>
);
