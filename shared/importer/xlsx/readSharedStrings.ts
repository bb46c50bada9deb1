import type { ZipEntry } from '../inspectZip.ts';
import { entryTextChunks } from './entryChunks.ts';
import { scanXmlChunks, type XmlHandler } from './scanXml.ts';
import { cdataAsRaw, decodeExcelEscapes, decodeXmlText } from './xmlText.ts';

/**
 * The shared-string table: each <si>'s text, rich-text runs joined; phonetic guides (<rPh>, the
 * furigana/pinyin over CJK text) are left out, as Excel shows the base text.
 */
export const readSharedStrings = async (bytes: Uint8Array, entry: ZipEntry | undefined, maxBytes: number, onChunk: () => void, onBytes?: (count: number) => void): Promise<string[]> => {
  if (!entry) return [];
  const strings: string[] = [];
  let parts: string[] = [];
  let inSi = false;
  let phonetic = 0;
  const handler: XmlHandler = {
    wantsText: false,
    open: (local, _xml, _start, _end, selfClosing) => {
      if (local === 'si') {
        inSi = !selfClosing;
        parts = [];
        if (selfClosing) strings.push('');
      } else if (local === 'rPh' && !selfClosing) phonetic++;
      else if (local === 't' && inSi && phonetic === 0 && !selfClosing) handler.wantsText = true;
    },
    close: (local) => {
      if (local === 't') handler.wantsText = false;
      else if (local === 'rPh') phonetic--;
      else if (local === 'si') {
        inSi = false;
        strings.push(decodeExcelEscapes(decodeXmlText(parts.join(''))));
      }
    },
    // Raw pieces are joined first and decoded once: a chunk may end inside an entity or a CR LF.
    text: (text, raw) => {
      parts.push(raw ? cdataAsRaw(text) : text);
    },
  };
  await scanXmlChunks(entryTextChunks(bytes, entry, maxBytes, onBytes), handler, onChunk);
  return strings;
};
