import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import { patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import type { SyncMeta } from '../../../../../shared/sync/syncMeta.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { useOpenConflicts, type ConflictedRecord } from '../hooks/useOpenConflicts.ts';
import { recordTitle } from '../utils/recordTitle.ts';
import { ConflictLine } from './ConflictLine.tsx';

/** Every record where two people changed the same field: both values, and a choice for each. */
export const ConflictsDialog = ({ close }: { close: () => void }) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const writer = useWriter();
  const records = useOpenConflicts() ?? [];
  const settings = useTeamSettings();
  const members = useMembers();
  const ctx = useMemo(() => ({ t, options: settings?.options, memberNames: new Map((members ?? []).map((m) => [m.id, m.name])) }), [t, settings, members]);

  // Choosing writes the field again with a new clock, which settles the conflict on every desktop.
  const choose = async ({ collection, doc }: ConflictedRecord, field: string, value: unknown) => {
    const current = (await db.collections[collection].findOne(doc.id).exec()) as RxDocument<SyncMeta> | null;
    if (current) await patchStamped(current, { [field]: value } as never, writer);
  };

  return (
    <div className="dialog-backdrop" role="presentation" onClick={close}>
      <div className="dialog" role="dialog" aria-modal="true" aria-label={t('conflicts.title')} onClick={(e) => e.stopPropagation()}>
        <h2>{t('conflicts.title')}</h2>
        <p className="form-intro">{records.length ? t('conflicts.intro') : t('conflicts.none')}</p>
        {records.map((r) => (
          <section key={`${r.collection}/${r.doc.id}`} className="conflict-record">
            <h3>{t('conflicts.record', { collection: t(`conflicts.collections.${r.collection}`), title: recordTitle(r.collection, r.doc, ctx.memberNames) })}</h3>
            <ul>
              {r.doc.conflicts.map((c) => (
                <ConflictLine key={`${c.field}/${c.clock}`} conflict={c} current={r.doc[c.field]} ctx={ctx} choose={(v) => void choose(r, c.field, v)} />
              ))}
            </ul>
          </section>
        ))}
        <div className="form-actions">
          <button type="button" className="button" onClick={close}>
            {t('conflicts.close')}
          </button>
        </div>
      </div>
    </div>
  );
};
