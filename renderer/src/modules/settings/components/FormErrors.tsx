/** What a settings form refused, one line each, read out as an alert; nothing when all is well. */
export const FormErrors = ({ errors }: { errors: readonly string[] }) =>
  errors.length === 0 ? null : (
    <ul className="settings-fields-errors" role="alert">
      {errors.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  );
