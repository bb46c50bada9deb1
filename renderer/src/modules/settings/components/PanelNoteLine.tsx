import type { PanelNote } from '../utils/panelNote.ts';

/** A panel's last outcome: a polite status, or an alert when something was refused. */
export const PanelNoteLine = ({ note }: { note: PanelNote | null }) =>
  note ? (
    <p className={note.error ? 'field-error settings-fields-note' : 'muted settings-fields-note'} role={note.error ? 'alert' : 'status'}>
      {note.text}
    </p>
  ) : null;
