type Item = { id: string; label: string };
type Props = { legend: string; items: readonly Item[]; picked: readonly string[]; onChange: (picked: string[]) => void; hint?: string };

/** Picked ids in the list's order (rule summaries then read in column order), whatever the click order. */
const inListOrder = (items: readonly Item[], picked: readonly string[]): string[] => [
  ...items.map((i) => i.id).filter((id) => picked.includes(id)),
  ...picked.filter((id) => !items.some((i) => i.id === id)),
];

/** A multi-pick as a wrap of ticked chips, grouped under its legend (so tests and screen readers find it by name). */
export const CheckList = ({ legend, items, picked, onChange, hint }: Props) => (
  <fieldset className="settings-fields-checks">
    <legend>{legend}</legend>
    {hint && <small className="muted">{hint}</small>}
    <div className="settings-fields-check-items">
      {items.map((item) => (
        <label key={item.id} className={picked.includes(item.id) ? 'checked' : ''}>
          <input
            type="checkbox"
            checked={picked.includes(item.id)}
            onChange={(e) => onChange(e.target.checked ? inListOrder(items, [...picked, item.id]) : picked.filter((p) => p !== item.id))}
          />
          {item.label}
        </label>
      ))}
    </div>
  </fieldset>
);
