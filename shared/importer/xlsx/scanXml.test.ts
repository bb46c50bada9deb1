import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanXmlChunks, XmlError, type XmlHandler } from './scanXml.ts';
import { cdataAsRaw, decodeXmlText } from './xmlText.ts';

/** Every event as a line, text joined raw and decoded once (as the real handlers do): to compare whole-part and chunked scans. */
const events = async (chunks: string[], wantText = true): Promise<string[]> => {
  const out: string[] = [];
  let pending: string | null = null;
  const flush = () => {
    if (pending !== null) out.push(`#${decodeXmlText(pending)}`);
    pending = null;
  };
  const handler: XmlHandler = {
    wantsText: wantText,
    open: (local, xml, start, end, selfClosing) => {
      flush();
      out.push(`<${local}${selfClosing ? '/' : ''} ${xml.slice(start, end + 1)}`);
    },
    close: (local) => {
      flush();
      out.push(`</${local}`);
    },
    text: (text, raw) => {
      pending = (pending ?? '') + (raw ? cdataAsRaw(text) : text);
    },
  };
  await scanXmlChunks(chunks, handler);
  flush();
  return out;
};

const SHEET = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment with <tags> inside -->
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t><![CDATA[<b>原样</b> & 不转义]]></x:t></x:is></x:c><x:c r="B1" t="str"><x:v>A &amp; B &#x4E2D;&#25991;</x:v></x:c></x:row>
<x:dataValidations><x:dataValidation prompt="请输入 >0 的数"/></x:dataValidations>
</x:sheetData></x:worksheet>`;

describe('scanXml', () => {
  it('reads prefixed tags, CDATA as is, entities decoded, comments skipped and ">" inside attribute values', async () => {
    const out = await events([SHEET]);
    expect(out).toContain('#<b>原样</b> & 不转义');
    expect(out).toContain('#A & B 中文');
    expect(out).toContain('<dataValidation/ <x:dataValidation prompt="请输入 >0 的数"/>');
    expect(out.filter((e) => e.startsWith('<row'))).toHaveLength(1);
    expect(out.join()).not.toContain('comment');
  });

  it('gives the same events however the text is cut into chunks', async () => {
    const whole = await events([SHEET]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: SHEET.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks = [0, ...points].map((at, i) => SHEET.slice(at, points[i] ?? SHEET.length));
        expect(await events(chunks)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('never expands entities declared in a DOCTYPE (billion laughs), and skips it', async () => {
    const bomb = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><x><v>&b;</v></x>';
    expect(await events([bomb])).toEqual(['<x <x>', '<v <v>', '#&b;', '</v', '</x']);
  });

  it('reports damaged XML: mismatched or unclosed tags, text outside the root, a part cut short', async () => {
    await expect(events(['<a><b></a>'])).rejects.toThrow(XmlError);
    await expect(events(['<a><b>'])).rejects.toThrow('<b> 没有结束');
    await expect(events(['<?xml version="1.0"?>foo<a/>'], false)).rejects.toThrow('根元素之外有文字');
    await expect(events(['<a><b x="1'])).rejects.toThrow(XmlError);
    await expect(events(['</a>'])).rejects.toThrow('多余的结束标记');
  });
});
