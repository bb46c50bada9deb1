import { describe, expect, it } from 'vitest';
import { decodeExcelEscapes, decodeXmlText } from './xmlText.ts';

describe('xml text', () => {
  it('decodes entities and character references, normalizes literal line ends, keeps escaped CRs and unknown entities', () => {
    expect(decodeXmlText('A&amp;B &lt;x&gt; &quot;&apos; &#20013;&#x6587; &nbsp;')).toBe('A&B <x> "\' 中文 &nbsp;');
    expect(decodeXmlText('a\r\nb\rc&#13;d')).toBe('a\nb\nc\rd');
    expect(decodeXmlText('&#0;&#x110000;')).toBe('\uFFFD\uFFFD');
  });

  it('decodes Excel\u2019s _xHHHH_ escapes', () => {
    expect(decodeExcelEscapes('ABC_x000D_\nDEF_x005F_x0041_')).toBe('ABC\r\nDEF_x0041_');
  });
});
