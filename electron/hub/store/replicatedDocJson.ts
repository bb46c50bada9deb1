import type { ReplicatedDoc } from './HubStore.ts';
import { canonicalJson } from '../../../shared/sync/canonicalJson.ts';

/**
 * The store keeps documents as canonical JSON text, so "is the client's assumption the current
 * master?" is a plain string comparison and pulled documents never differ by key order.
 */
export const replicatedDocJson = {
  /** Canonical JSON of a document to store; throws when it is not a replicable document. */
  stringify(doc: ReplicatedDoc): string {
    if (!isReplicatedDoc(doc) || doc.id === '') {
      throw new TypeError('推送的数据无效：每条文档都需要非空字符串 id 和布尔值 _deleted。请升级客户端后重试。');
    }
    return canonicalJson(doc);
  },
  parse(text: string): ReplicatedDoc {
    const value: unknown = JSON.parse(text);
    if (!isReplicatedDoc(value)) {
      throw new Error('团队数据文件中有无效文档（缺少 id 或 _deleted），请停止团队服务并从最近的备份恢复。');
    }
    return value;
  },
};

function isReplicatedDoc(value: unknown): value is ReplicatedDoc {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return 'id' in value && typeof value.id === 'string' && '_deleted' in value && typeof value._deleted === 'boolean';
}
