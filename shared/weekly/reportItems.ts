/** A list marker a rep types before an item: 1. 1、 1) （1） ① - • · * */
const MARKER = /^\s*(?:\d{1,2}\s*[.、．)）:：]|[（(]\d{1,2}[)）]|[\u2460-\u2473]|[-•·*])\s*/u;

/**
 * The items of a typed 日报 section: one per line (or per ；), list markers dropped, blanks skipped. Reps
 * write 「1. 客户嫌贵\n2. 交期紧」 or 「客户嫌贵；交期紧」; both read as the same two items.
 */
export const reportItems = (text: string): string[] =>
  text
    .split(/\r\n|\r|\n|；|;/)
    .map((line) => line.replace(MARKER, '').trim())
    .filter((line) => line !== '');

/** The key two items are the same problem by: width, case, spaces and punctuation ignored. */
export const itemKey = (item: string): string => item.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
