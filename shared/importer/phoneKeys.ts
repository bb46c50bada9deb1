/** Digits of one number: an extension (转 123, ext 123) dropped, +86 / 0086 dropped from a mobile. */
const digitsOf = (part: string): string =>
  part
    .replace(/(?:转|分机|ext\.?|x)\s*\d+\s*$/i, '')
    .replace(/\D/g, '')
    .replace(/^(?:0086|86)(?=1\d{10}$)/, '');

/** "138 0013 8000" is one number written in groups; "021-5555666 13800138000" is two. */
const splitSpaced = (part: string): string[] => {
  const pieces = part.trim().split(/\s+/);
  return pieces.length > 1 && pieces.every((p) => digitsOf(p).length >= 7) ? pieces : [part];
};

/**
 * The phone numbers in a cell as matching keys: digits only, China's +86 / 0086 dropped from mobile
 * numbers, so "+86 138-0013-8000" and "13800138000" meet. Several numbers may share a cell
 * (138…，021-…); extensions and fragments under 5 digits are not numbers to match on.
 */
export const phoneKeys = (text: string): string[] => {
  const parts = text.normalize('NFKC').split(/[,;/、\n]/).flatMap(splitSpaced);
  return [...new Set(parts.map(digitsOf).filter((digits) => digits.length >= 5))];
};
