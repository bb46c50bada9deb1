import type { ZipEntry } from '../inspectZip.ts';

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Thrown for an entry that cannot be unpacked; readXlsx words it for the user. */
export class ZipEntryError extends Error {}

/** Where an entry's data starts: after its local header, whose name and extra lengths may differ from the directory's. */
const dataStart = (bytes: Uint8Array, entry: ZipEntry): number => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw new ZipEntryError(`${entry.name} 的位置不对`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressed > bytes.length) throw new ZipEntryError(`${entry.name} 不完整`);
  return start;
};

/**
 * An entry's uncompressed bytes, chunk by chunk, inflated by the platform's DecompressionStream (in
 * browsers, Web Workers and Node alike), so a large worksheet is never held whole. An entry that
 * inflates past its declared size is stopped: sizes in the directory can lie (zip bombs).
 */
export async function* entryChunks(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): AsyncGenerator<Uint8Array> {
  const start = dataStart(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressed);
  if (entry.method === STORED) {
    yield data;
    return;
  }
  if (entry.method !== DEFLATED) throw new ZipEntryError(`${entry.name} 使用了不支持的压缩方式（${entry.method}）`);
  const input = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(data as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.length;
      // Some writers declare 0 and put the size in a data descriptor: then the overall cap applies.
      if (total > (entry.uncompressed > 0 ? Math.min(entry.uncompressed + 1024, maxBytes) : maxBytes)) throw new ZipEntryError(`${entry.name} 解压后超过声明的大小`);
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** XML parts are UTF-8 unless they start with a UTF-16 byte-order mark. */
export const xmlDecoder = (first: Uint8Array): TextDecoder => {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
};

/** An entry's text, chunk by chunk (a chunk never splits a character). */
export async function* entryTextChunks(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, onBytes?: (count: number) => void): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const chunk of entryChunks(bytes, entry, maxBytes)) {
    decoder ??= xmlDecoder(chunk);
    onBytes?.(chunk.length);
    yield decoder.decode(chunk, { stream: true });
  }
  if (decoder) yield decoder.decode();
}

/** A small part (workbook, relationships, styles) as text. */
export const entryText = async (bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Promise<string> => {
  let text = '';
  for await (const chunk of entryTextChunks(bytes, entry, maxBytes)) text += chunk;
  return text;
};
