import { useEffect, useState } from 'react';
import { AUDIT_API_PREFIX, deviceNamesSchema } from '../../../../../shared/sync/auditApiSchemas.ts';
import { hubGet } from '../../../../../shared/sync/hubGet.ts';
import { useProfile } from '../../../db/ProfileContext.ts';

const EMPTY: Record<string, string> = {};

/** Device id → the name its desktop was given when joining (from the hub); empty without a hub, so ids show instead. */
export const useDeviceNames = (): Record<string, string> => {
  const { hub } = useProfile();
  const [names, setNames] = useState<{ url: string; names: Record<string, string> } | null>(null);
  const url = hub?.url;
  const token = hub?.token;
  useEffect(() => {
    if (!url || !token) return undefined;
    const abort = new AbortController();
    void hubGet(url, token, `${AUDIT_API_PREFIX}devices`, deviceNamesSchema, abort.signal).then((result) => {
      if (!abort.signal.aborted && result.ok) setNames({ url, names: result.value });
    });
    return () => abort.abort();
  }, [url, token]);
  return names && names.url === url ? names.names : EMPTY;
};
