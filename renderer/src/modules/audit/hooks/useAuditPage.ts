import { useEffect, useState } from 'react';
import { AUDIT_API_PREFIX, auditPageSchema, type AuditPage } from '../../../../../shared/sync/auditApiSchemas.ts';
import { hubGet } from '../../../../../shared/sync/hubGet.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { auditQueryString, type AuditFilters } from '../utils/auditQueryString.ts';

export const AUDIT_PAGE_SIZE = 50;

export type AuditState = { kind: 'noHub' } | { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; page: AuditPage };

/** One page of the hub's revisions for the filters, newest first, continuing after `before`. */
export const useAuditPage = (filters: AuditFilters, before: string | null, utcOffsetMinutes: number): AuditState => {
  const { hub } = useProfile();
  const [loaded, setLoaded] = useState<{ key: string; state: AuditState } | null>(null);
  const url = hub?.url;
  const token = hub?.token;
  const query = auditQueryString(filters, utcOffsetMinutes, before, AUDIT_PAGE_SIZE);
  useEffect(() => {
    if (!url || !token) return undefined;
    const abort = new AbortController();
    void hubGet(url, token, `${AUDIT_API_PREFIX}revisions?${query}`, auditPageSchema, abort.signal).then((result) => {
      if (abort.signal.aborted) return;
      setLoaded({ key: query, state: result.ok ? { kind: 'ready', page: result.value } : { kind: 'error', message: result.message } });
    });
    return () => abort.abort();
  }, [url, token, query]);
  if (!url || !token) return { kind: 'noHub' };
  return loaded?.key === query ? loaded.state : { kind: 'loading' };
};
