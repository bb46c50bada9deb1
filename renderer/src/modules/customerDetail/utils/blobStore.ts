const DB_NAME = 'salesdesk-blobs';
/** sha256 → the bytes; `pending` holds the sha256 of files the team hub does not have yet. */
const BYTES = 'bytes';
const PENDING = 'pending';

let opening: Promise<IDBDatabase> | null = null;

/**
 * Attachments' bytes in their own small IndexedDB database beside the RxDB replica (RxDB's attachments
 * need its paid build): a file attached offline waits here until the hub is reachable, and a file once
 * opened opens again without the network.
 */
const open = (): Promise<IDBDatabase> =>
  (opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(BYTES, { keyPath: 'sha256' });
      request.result.createObjectStore(PENDING, { keyPath: 'sha256' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB'));
    };
  }));

const run = async <T,>(stores: string[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => IDBRequest<T> | void): Promise<T | undefined> => {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, mode);
    const request = work(tx);
    tx.oncomplete = () => resolve(request ? request.result : undefined);
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB'));
  });
};

export const blobStore = {
  get: async (sha256: string): Promise<Uint8Array<ArrayBuffer> | undefined> =>
    (await run<{ bytes: Uint8Array<ArrayBuffer> } | undefined>([BYTES], 'readonly', (tx) => tx.objectStore(BYTES).get(sha256)))?.bytes,
  /** Keeps the bytes; `waiting` marks them for upload (a file fetched from the hub is not). */
  put: (sha256: string, bytes: Uint8Array, waiting: boolean): Promise<unknown> =>
    run([BYTES, PENDING], 'readwrite', (tx) => {
      tx.objectStore(BYTES).put({ sha256, bytes });
      if (waiting) tx.objectStore(PENDING).put({ sha256 });
    }),
  markUploaded: (sha256: string): Promise<unknown> => run([PENDING], 'readwrite', (tx) => tx.objectStore(PENDING).delete(sha256)),
  /** The SHA-256 of every file still waiting for the hub. */
  pending: async (): Promise<string[]> => ((await run<IDBValidKey[]>([PENDING], 'readonly', (tx) => tx.objectStore(PENDING).getAllKeys())) ?? []).map(String),
};
