import { describe, expect, it } from 'vitest';
import { rewriteIsoDateCells } from './rewriteIsoDateCells.ts';

const collect = async (chunks: string[]): Promise<string> => {
  async function* source() {
    yield* chunks;
  }
  let out = '';
  for await (const piece of rewriteIsoDateCells(source())) out += piece;
  return out;
};

describe('rewriteIsoDateCells', () => {
  it('turns t="d" cells into inline text even when a cell straddles two chunks', async () => {
    const xml = '<row r="1"><c r="A1" s="1" t="d"><v>2024-06-12T14:30:00.000Z</v></c><c r="B1"><v>5</v></c></row>';
    const expected = '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>2024-06-12 14:30:00</t></is></c><c r="B1"><v>5</v></c></row>';
    expect(await collect([xml])).toBe(expected);
    expect(await collect([xml.slice(0, 30), xml.slice(30, 45), xml.slice(45)])).toBe(expected);
  });

  it('passes sheets without t="d" through unchanged', async () => {
    const xml = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>';
    expect(await collect([xml.slice(0, 20), xml.slice(20)])).toBe(xml);
  });
});
