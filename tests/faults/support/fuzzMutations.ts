import { readZipEntries, writeZipEntries, type ZipEntry } from './zipEntries.ts';

/** A small seeded generator (mulberry32): the same seed gives the same mutations on every machine. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] as T };
};
export type Random = ReturnType<typeof seededRandom>;

export type Mutation = { bytes: Uint8Array; how: string };

const INTERESTING = [0x00, 0xff, 0x7f, 0x80, 0x3c, 0x3e, 0x22, 0x0a, 0x2c, 0x26, 0xef, 0xbb, 0xbf];

const byteMutations: ((b: Uint8Array, r: Random) => Mutation)[] = [
  (b, r) => {
    const out = b.slice();
    const n = 1 + r.int(8);
    for (let i = 0; i < n; i++) {
      const at = r.int(out.length);
      out[at] = (out[at] ?? 0) ^ (1 << r.int(8));
    }
    return { bytes: out, how: `flip ${n} bits` };
  },
  (b, r) => {
    const out = b.slice();
    const at = r.int(out.length);
    out[at] = r.pick(INTERESTING);
    return { bytes: out, how: `byte ${at} := ${out[at]}` };
  },
  (b, r) => {
    const at = r.int(b.length);
    return { bytes: b.slice(0, at), how: `truncate at ${at}` };
  },
  (b, r) => {
    const [from, len, to] = [r.int(b.length), 1 + r.int(4096), r.int(b.length)];
    const slice = b.slice(from, from + len);
    return { bytes: new Uint8Array([...b.subarray(0, to), ...slice, ...b.subarray(to)]), how: `insert ${slice.length} bytes from ${from} at ${to}` };
  },
  (b, r) => {
    const [from, len] = [r.int(b.length), 1 + r.int(4096)];
    return { bytes: new Uint8Array([...b.subarray(0, from), ...b.subarray(from + len)]), how: `delete ${len} bytes at ${from}` };
  },
];

/** Text-level damage to an XML part (or a CSV): the reader must refuse or read it, never crash or hang. */
const textMutations: ((t: string, r: Random) => [string, string])[] = [
  (t, r) => {
    const at = r.int(t.length);
    return [t.slice(0, at) + t.slice(at + 1 + r.int(20)), `delete chars at ${at}`];
  },
  (t, r) => {
    const at = r.int(t.length);
    const junk = r.pick(['<', '>', '"', '&', '&amp', '<!--', ']]>', '<![CDATA[', '\u0000', '\uFFFF', '\uD800', '"\n"', '""', ',', '\r']);
    return [t.slice(0, at) + junk + t.slice(at), `insert ${JSON.stringify(junk)} at ${at}`];
  },
  (t, r) => {
    const tags = [...t.matchAll(/<[a-z:]+[^>]*>/g)];
    const tag = tags.length ? r.pick(tags) : null;
    if (!tag) return [t, 'no tag'];
    const at = tag.index ?? 0;
    return [t.slice(0, at) + tag[0].repeat(2 + r.int(200)) + t.slice(at), `repeat ${tag[0].slice(0, 30)}`];
  },
  (t, r) => {
    const numbers = [...t.matchAll(/="(\d+)"|>(\d+)</g)];
    const hit = numbers.length ? r.pick(numbers) : null;
    if (!hit) return [t, 'no number'];
    const value = r.pick(['-1', '99999999999', '1e308', 'NaN', '4294967296', '0', '1048577', '']);
    const at = hit.index ?? 0;
    return [t.slice(0, at) + hit[0].replace(/\d+/, value) + t.slice(at + hit[0].length), `number → ${value}`];
  },
  (t, r) => {
    const refs = [...t.matchAll(/r="([A-Z]+)(\d+)"/g)];
    const hit = refs.length ? r.pick(refs) : null;
    if (!hit) return [t, 'no cell ref'];
    const ref = r.pick(['XFD1048576', 'ZZZZ1', 'A0', 'A-1', 'A99999999', '1A', 'A1A1']);
    const at = hit.index ?? 0;
    return [t.slice(0, at) + `r="${ref}"` + t.slice(at + hit[0].length), `cell ref → ${ref}`];
  },
  (t, r) => [t.slice(0, r.int(t.length)), 'cut the part short'],
  (t) => [t.replace(/<\?xml[^>]*\?>/, '$&<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'), 'entity expansion DOCTYPE'],
  (t, r) => {
    const swap = r.pick([['t="s"', 't="n"'], ['t="n"', 't="s"'], ['t="s"', 't="d"'], ['t="inlineStr"', 't="s"'], ['<v>', '<v>-']] as const);
    return [t.replaceAll(swap[0], swap[1]), `${swap[0]} → ${swap[1]}`];
  },
];

const mutateText = (bytes: Uint8Array, r: Random): [Uint8Array, string] => {
  let text = new TextDecoder().decode(bytes);
  const done: string[] = [];
  for (let i = 1 + r.int(3); i > 0; i--) {
    const [next, how] = r.pick(textMutations)(text, r);
    text = next;
    done.push(how);
  }
  return [new TextEncoder().encode(text), done.join('; ')];
};

/** Structure-aware damage to one zip entry, then a well-formed zip around it (reaches the XML reader). */
const zipMutation = (entries: ZipEntry[], r: Random): Mutation => {
  const copy = entries.map((e) => ({ ...e }));
  const target = r.pick(copy);
  const kind = r.int(10);
  let how: string;
  if (kind < 6 && /\.(xml|rels)$/.test(target.name)) {
    const [data, what] = mutateText(target.data, r);
    target.data = data;
    how = `${target.name}: ${what}`;
  } else if (kind < 7) {
    copy.splice(copy.indexOf(target), 1);
    how = `remove ${target.name}`;
  } else if (kind < 8) {
    copy.push({ ...target, data: target.data.slice(0, r.int(target.data.length)) });
    how = `duplicate ${target.name} (second copy cut)`;
  } else if (kind < 9) {
    target.declaredSize = r.pick([0, 1, target.data.length - 1, target.data.length * 1000, 0xffffffff]);
    how = `${target.name}: declared size ${target.declaredSize}`;
  } else {
    target.method = r.pick([0, 8, 12, 99]);
    target.declaredCrc = r.int(2 ** 32);
    how = `${target.name}: method ${target.method}, crc ${target.declaredCrc}`;
  }
  return { bytes: writeZipEntries(copy), how };
};

/** One random mutation of a corpus file: zip-aware for workbooks half the time, text-aware for CSV, else bytes. */
export const mutate = (bytes: Uint8Array, name: string, r: Random): Mutation => {
  const entries = /\.xls[xm]$/i.test(name) && r.next() < 0.5 ? readZipEntries(bytes) : null;
  if (entries?.length) return zipMutation(entries, r);
  if (/\.csv$/i.test(name) && r.next() < 0.5) {
    const [out, how] = mutateText(bytes, r);
    return { bytes: out, how: `csv: ${how}` };
  }
  const m = r.pick(byteMutations)(bytes, r);
  return { bytes: m.bytes, how: `bytes: ${m.how}` };
};
