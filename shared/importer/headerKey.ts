/** Marks sheet authors add to titles that say nothing about the column: required stars, (必填), a trailing colon. */
const NOISE = /\*|※|\((?:必填|选填|可选|必选|required|optional)\)|[:：]$/g;

/**
 * A column title as matching sees it: width folded (（元） = (元)), case and spaces ignored, required
 * marks and trailing colons dropped — so "客户名称 *", "客户名称（必填）" and "客户名称：" all read 客户名称.
 */
export const headerKey = (title: string): string => title.normalize('NFKC').replace(/\s+/g, '').toLowerCase().replace(NOISE, '');
