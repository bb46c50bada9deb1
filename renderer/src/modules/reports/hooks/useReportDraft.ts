import { useCallback, useEffect, useRef, useState } from 'react';
import { dailyReportId } from '../../../../../shared/db/schemas/dailyReportSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { clearDraftBackup, readDraftBackup, writeDraftBackup } from '../utils/draftBackup.ts';
import { writeDraft } from '../utils/writeDraft.ts';

export type DraftSave = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: number } | { state: 'failed'; reason: string };

export type ReportDraft = {
  values: Record<string, string>;
  setValue: (sectionId: string, text: string) => void;
  save: DraftSave;
  /** Writes what is pending now (before submitting, on blur); resolves when it is stored. */
  flush: () => Promise<void>;
};

type Args = { memberId: string; date: string; templateVersion: number; initial: Record<string, string>; autosave: boolean };

/** Quiet time after the last keystroke before the draft is written: short, so a crash loses at most this. */
const AUTOSAVE_MS = 400;

/**
 * The text of a report being written, kept locally for instant typing and saved as the report's draft
 * shortly after each change, on blur, when the page is hidden and when the report is left. Each keystroke
 * is also copied to localStorage at once (draftBackup.ts) and restored on the next open, so nothing typed
 * is lost to a reload or a crash. Saves run one after another, so the first one creates the draft and
 * later ones patch it. With `autosave` off (editing a submitted report) nothing is written here.
 */
export const useReportDraft = ({ memberId, date, templateVersion, initial, autosave }: Args): ReportDraft => {
  const db = useDatabase();
  const writer = useWriter();
  const reportId = dailyReportId(memberId, date);
  // Text typed but not yet in the database when the page last closed comes back on top of the draft.
  const [restored] = useState(() => (autosave ? readDraftBackup(reportId) : null));
  const start = restored ? { ...initial, ...restored } : initial;
  const [values, setValues] = useState(start);
  const [save, setSave] = useState<DraftSave>({ state: 'idle' });
  const latest = useRef(start);
  const dirty = useRef(restored !== null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    if (!dirty.current) return chain.current;
    dirty.current = false;
    const sections = latest.current;
    setSave({ state: 'saving' });
    chain.current = chain.current
      .then(() => writeDraft(db, writer, { memberId, date, templateVersion, sections }))
      .then(
        () => {
          clearDraftBackup(reportId, sections);
          setSave({ state: 'saved', at: writer.now() });
        },
        (e: unknown) => {
          dirty.current = true;
          setSave({ state: 'failed', reason: e instanceof Error ? e.message : String(e) });
        },
      );
    return chain.current;
  }, [db, writer, memberId, date, templateVersion, reportId]);

  const setValue = useCallback(
    (sectionId: string, text: string) => {
      latest.current = { ...latest.current, [sectionId]: text };
      setValues(latest.current);
      if (!autosave) return;
      writeDraftBackup(reportId, latest.current);
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
    },
    [autosave, flush, reportId],
  );

  useEffect(() => {
    // Restored text goes to the database too, as if just typed.
    if (dirty.current) timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  return { values, setValue, save, flush };
};
