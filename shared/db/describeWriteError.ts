/** The part of an ajv error RxDB reports for a refused document. */
export type ValidationIssue = {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
};

export type WriteErrorLike = { documentId?: string; status: number; validationErrors?: ValidationIssue[] };

const fieldOf = (issue: ValidationIssue): string => issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(文档)';

const describeIssue = (issue: ValidationIssue): string => {
  const field = fieldOf(issue);
  const p = issue.params;
  switch (issue.keyword) {
    case 'required':
      return `缺少必填字段“${String(p['missingProperty'])}”`;
    case 'additionalProperties':
      return `不认识的字段“${String(p['additionalProperty'])}”`;
    case 'type':
      return `字段“${field}”的类型应为 ${String(p['type'])}`;
    case 'maxLength':
      return `字段“${field}”超过 ${String(p['limit'])} 个字符`;
    case 'enum':
      return `字段“${field}”的值不在允许的选项中`;
    case 'minimum':
    case 'maximum':
    case 'multipleOf':
      return `字段“${field}”的数值超出允许范围`;
    case 'pattern':
      return `字段“${field}”的格式不正确`;
    default:
      return `字段“${field}”无效（${issue.message ?? issue.keyword}）`;
  }
};

/** Words a refused write for people: which record, which field, what is wrong. */
export const describeWriteError = (collection: string, error: WriteErrorLike): string => {
  const what = error.validationErrors?.length
    ? error.validationErrors.map(describeIssue).join('；')
    : error.status === 409
      ? '已有相同编号的记录'
      : `写入被拒绝（状态 ${error.status}）`;
  return `${collection} 中的记录 ${error.documentId ?? '?'}：${what}`;
};
