/** Chinese and shorthand multipliers, as powers of ten so 1.1万 is exactly 11000. */
const UNIT_EXPONENT: Readonly<Record<string, number>> = { 千: 3, k: 3, 万: 4, w: 4, 亿: 8 };

/**
 * Sign, currency mark, digits (thousands separators only in groups of three), optional unit and
 * 元/块. "1,2" is rejected rather than read as 12 or 1.2.
 */
const NUMBER = /^(?<sign1>[+-])?(?:¥|rmb|cny)?(?<sign2>[+-])?(?<digits>\d{1,3}(?:,\d{3})+|\d+)?(?<fraction>\.\d+)?(?<unit>[千万亿kw])?(?:元|块)?$/i;

/**
 * An amount typed or pasted from a sheet: 12,000 / ¥12,000.50 / ￥ 3000 / 3万 / 1.5万 / 2千 /
 * 12000元 / -5, full-width digits included. Null when it is not a number.
 */
export const parseNumberText = (text: string): number | null => {
  // NFKC folds full-width digits, ，and ￥ (to ¥); spaces may sit anywhere (¥ 3 000).
  const clean = text.normalize('NFKC').replace(/\s+/g, '');
  const g = NUMBER.exec(clean)?.groups;
  if (!g || (g.digits === undefined && g.fraction === undefined) || (g.sign1 && g.sign2)) return null;
  const exponent = g.unit ? (UNIT_EXPONENT[g.unit.toLowerCase()] ?? 0) : 0;
  const sign = (g.sign1 ?? g.sign2) === '-' ? '-' : '';
  const value = Number(`${sign}${(g.digits ?? '0').replaceAll(',', '')}${g.fraction ?? ''}e${exponent}`);
  return Number.isFinite(value) ? value : null;
};
