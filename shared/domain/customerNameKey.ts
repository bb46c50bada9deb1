const LEGAL_FORMS = /股份有限公司|有限责任公司|有限公司|集团|股份/g;
const BRACKETS_SPACES_PUNCT = /[()\s.,·、\-_]/g;

/**
 * Normalized company name for duplicate detection and import matching: full-width forms folded to
 * half-width (NFKC), legal forms, brackets, spaces and punctuation removed, lower-cased — so
 * 「苏州恒瑞精密机械有限公司」, 「苏州恒瑞精密机械（股份有限公司）」 and 「苏州恒瑞精密机械 有限公司」 collide.
 */
export const customerNameKey = (name: string): string =>
  name.normalize('NFKC').replace(LEGAL_FORMS, '').replace(BRACKETS_SPACES_PUNCT, '').toLowerCase();
