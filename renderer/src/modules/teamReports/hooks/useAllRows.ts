import { useEffect, useState } from 'react';
import type { SalesDeskDocs } from '../../../../../shared/db/collections.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { queryPlain } from '../../../db/queryPlain.ts';

type Bulk = 'followups' | 'customers' | 'members' | 'dailyreports';
type Row<N extends Bulk> = SalesDeskDocs[N];

/** A burst of synced changes (a teammate's paste) recomputes the warnings once, not once per row. */
const SETTLE_MS = 300;

/**
 * Every row of a collection as plain objects (read below RxCollection in one go, like the grid's working
 * set), kept current from the change stream. undefined until the first full read. Also for small
 * collections a page needs while 100,000 follow-ups load: one read instead of a cursor step per row.
 */
export const useAllRows = <N extends Bulk>(name: N): Row<N>[] | undefined => {
  const db = useDatabase();
  const [rows, setRows] = useState<Row<N>[] | undefined>(undefined);
  useEffect(() => {
    const byId = new Map<string, Row<N>>();
    let buffered: { id: string; doc: Row<N> | null }[] | null = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const publish = () => setRows([...byId.values()]);
    const apply = (e: { id: string; doc: Row<N> | null }) => (e.doc ? byId.set(e.id, e.doc) : byId.delete(e.id));
    // Subscribe first, so nothing written during the load is missed; replay after it.
    const sub = db.collections[name].$.subscribe((event) => {
      const data = event.documentData as unknown as Row<N> & { _deleted?: boolean };
      const change = { id: event.documentId, doc: event.operation === 'DELETE' || data._deleted ? null : data };
      if (buffered) return void buffered.push(change);
      apply(change);
      clearTimeout(timer);
      timer = setTimeout(publish, SETTLE_MS);
    });
    void queryPlain<Row<N>>(db.collections[name] as never, { selector: { _deleted: { $eq: false } } }).then((docs) => {
      for (const d of docs) byId.set((d as { id: string }).id, d);
      (buffered ?? []).forEach(apply);
      buffered = null;
      publish();
    });
    return () => {
      clearTimeout(timer);
      sub.unsubscribe();
    };
  }, [db, name]);
  return rows;
};
