import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** One zip entry, uncompressed, with the header fields a fuzzer may lie about. */
export type ZipEntry = {
  name: string;
  data: Uint8Array;
  /** 8 = deflate, 0 = stored; anything else is a lie. */
  method: number;
  /** Overrides of what the headers declare (a lie about the size or checksum). */
  declaredSize?: number;
  declaredCrc?: number;
};

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** Reads a well-formed zip (no zip64) into its entries; null when it is not one. */
export const readZipEntries = (bytes: Uint8Array): ZipEntry[] | null => {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries: ZipEntry[] = [];
  let at = u32(bytes, eocd + 16);
  for (let n = u16(bytes, eocd + 10); n > 0; n--) {
    if (u32(bytes, at) !== 0x02014b50) return null;
    const [method, compressed, nameLength, extra, comment, local] = [u16(bytes, at + 10), u32(bytes, at + 20), u16(bytes, at + 28), u16(bytes, at + 30), u16(bytes, at + 32), u32(bytes, at + 42)];
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const raw = bytes.subarray(start, start + compressed);
    try {
      entries.push({ name, method, data: method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw.slice() });
    } catch {
      return null;
    }
    at += 46 + nameLength + extra + comment;
  }
  return entries;
};

const header = (fields: [number, 2 | 4][]): Uint8Array => {
  const out = new Uint8Array(fields.reduce((n, [, size]) => n + size, 0));
  let at = 0;
  for (const [value, size] of fields) {
    for (let i = 0; i < size; i++) out[at++] = (value >>> (8 * i)) & 0xff;
  }
  return out;
};

/** Writes entries as a zip, honouring every lie they carry. */
export const writeZipEntries = (entries: readonly ZipEntry[]): Uint8Array => {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const body = e.method === 8 ? new Uint8Array(deflateRawSync(e.data)) : e.data;
    const crc = e.declaredCrc ?? crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const common: [number, 2 | 4][] = [[20, 2], [0, 2], [e.method, 2], [0, 2], [0x21, 2], [crc, 4], [body.length, 4], [size, 4], [name.length, 2], [0, 2]];
    const local = header([[0x04034b50, 4], ...common]);
    parts.push(local, name, body);
    central.push(header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]), name);
    offset += local.length + name.length + body.length;
  }
  const directory = central.reduce((n, p) => n + p.length, 0);
  const end = header([[0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [directory, 4], [offset, 4], [0, 2]]);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
