import type { CollectionName } from '../../shared/db/collections.ts';
import type { Writer } from '../../shared/sync/canWrite.ts';
import type { HubMessage } from '../../shared/sync/syncProtocol.ts';
import { filteredCollections, ruleApplies, visibleTo, type VisibilityScope } from '../../shared/sync/visibility.ts';
import type { HubStore, MasterRow, PushRow, ReplicatedDoc } from './store/HubStore.ts';
import { diffScopes, streamRuleSwitch, type ScopeDiff, type SwitchParty } from './visibilityDiff.ts';

/** What the hub needs of a sync session to filter for it. */
export type VisibilitySession = { writer: Writer | null; send: (m: HubMessage) => void; socket: { readyState: number; OPEN: number; send: (data: string) => void } };

export type HubVisibility = {
  /** The scope a member reads under, or null when they see everything (manager, admin, rule off). */
  scopeOf: (writer: Writer) => VisibilityScope | null;
  /** A pull page this session may see (stored JSON text, no parse) and its checkpoint. */
  pullJson: (s: VisibilitySession, collection: CollectionName, afterSeq: number, limit: number) => { rows: { seq: number; json: string }[]; seq: number };
  /** Sends a commit to every session, each only what it may see, plus what the commit revealed or hid for it. */
  broadcast: (sessions: Iterable<VisibilitySession>, collection: CollectionName, rows: MasterRow[], before?: ReadonlyMap<string, ReplicatedDoc>) => void;
  /** A Chinese refusal when a push touches or points at a document the writer may not see; null when it may go on. */
  refusePush: (writer: Writer, collection: CollectionName, rows: readonly PushRow[], masters: ReadonlyMap<string, ReplicatedDoc>) => string | null;
  /**
   * Of the ids a replica holds, those that exist here and this session may not see, with the checkpoint it
   * already has: a rep reconnecting after a reassignment or a rule switch drops them.
   */
  hiddenAmong: (s: VisibilitySession, collection: CollectionName, ids: readonly string[]) => { ids: string[]; seq: number };
  /** May this member read a record (its history): its current state, or its last revision if purged, must be visible. */
  canRead: (writer: Writer, collection: CollectionName, id: string) => boolean;
  /** May this member download a file: some attachment record they can see names its SHA-256. */
  canReadBlob: (writer: Writer, sha256: string) => boolean;
};

type MutableScope = { memberId: string; customers: Set<string>; followUps: Set<string> };
const REVEAL_CHUNK = 2000;
const HIDE_CHUNK = 5000;

const ruleOn = (store: HubStore): boolean => store.get('teamsettings', ['team']).get('team')?.['repsSeeOwnOnly'] === true;

/** Would this row change which customers the member follows or owns (so their scope must be recomputed)? */
const structural = (collection: CollectionName, doc: ReplicatedDoc, prev: ReplicatedDoc | undefined, s: MutableScope): boolean => {
  const m = s.memberId;
  if (collection === 'customers') return (doc['ownerId'] === m) !== (prev?.['ownerId'] === m);
  if (collection !== 'followups' || (doc['ownerId'] !== m && prev?.['ownerId'] !== m)) return false;
  if (!prev) return !s.customers.has(String(doc['customerId']));
  return prev['ownerId'] !== doc['ownerId'] || prev['customerId'] !== doc['customerId'];
};

export const createHubVisibility = (store: HubStore): HubVisibility => {
  const scopes = new Map<string, MutableScope>();
  let scopesEpoch = store.epoch;
  const sent = new WeakMap<VisibilitySession, Map<string, number>>();
  const lastSent = (s: VisibilitySession, c: string) => sent.get(s)?.get(c) ?? 0;
  const noteSent = (s: VisibilitySession, c: string, seq: number) => {
    const m = sent.get(s) ?? new Map<string, number>();
    sent.set(s, m);
    m.set(c, Math.max(m.get(c) ?? 0, seq));
  };
  const compute = (memberId: string): MutableScope => {
    const ids = store.visibility.scopeIds(memberId);
    const scope: MutableScope = { memberId, customers: new Set(ids.customers), followUps: new Set(ids.followUps) };
    scopes.set(memberId, scope);
    return scope;
  };
  const scopeOf = (w: Writer): MutableScope | null => {
    if (!ruleApplies(w.role, ruleOn(store))) return null;
    // A restore in place swaps the data under the same hub: nothing cached survives it.
    if (scopesEpoch !== store.epoch) {
      scopes.clear();
      scopesEpoch = store.epoch;
    }
    return scopes.get(w.memberId) ?? compute(w.memberId);
  };

  /** Revealed documents go as `reveal`, hidden ones as `hide`; the replica applies both at its own checkpoint. */
  const sendDiff = (s: VisibilitySession, diff: ScopeDiff) => {
    for (const [collection, docs] of diff.reveal) {
      for (let i = 0; i < docs.length; i += REVEAL_CHUNK) s.send({ t: 'reveal', collection, documents: docs.slice(i, i + REVEAL_CHUNK) });
    }
    for (const [collection, ids] of diff.hide) {
      for (let i = 0; i < ids.length; i += HIDE_CHUNK) {
        s.send({ t: 'hide', collection, ids: ids.slice(i, i + HIDE_CHUNK), checkpoint: { seq: lastSent(s, collection) } });
      }
    }
  };

  const sendRows = (s: VisibilitySession, collection: CollectionName, rows: MasterRow[]) => {
    if (!rows.length) return;
    const seq = rows.at(-1)?.seq ?? 0;
    s.send({ t: 'change', collection, documents: rows.map((r) => r.doc), checkpoint: { seq } });
    noteSent(s, collection, seq);
  };

  /** One member's share of a commit: their scope moved (reassignment) or only some rows concern them. */
  const forMember = (sessions: VisibilitySession[], collection: CollectionName, rows: MasterRow[], before: ReadonlyMap<string, ReplicatedDoc> | undefined, scope: MutableScope) => {
    const wasVisible = (r: MasterRow) => {
      const prev = before?.get(r.id);
      return prev !== undefined && visibleTo(collection, prev, scope);
    };
    const had = rows.map(wasVisible);
    const moved = rows.some((r) => structural(collection, r.doc, before?.get(r.id), scope));
    const next = moved ? compute(scope.memberId) : scope;
    const diff = moved ? diffScopes(store, scope, next, new Set(rows.map((r) => r.id)), collection) : null;
    if (!moved && collection === 'followups') {
      for (const r of rows) {
        if (visibleTo('followups', r.doc, next)) next.followUps.add(r.id);
        else next.followUps.delete(r.id);
      }
    }
    const visible = rows.filter((r) => visibleTo(collection, r.doc, next));
    const hidden = rows.filter((r, i) => had[i] && !visibleTo(collection, r.doc, next)).map((r) => r.id);
    for (const s of sessions) {
      if (diff) sendDiff(s, diff);
      sendRows(s, collection, visible);
      if (hidden.length) s.send({ t: 'hide', collection, ids: hidden, checkpoint: { seq: lastSent(s, collection) } });
    }
  };

  /** The rule switched: each connected rep's replica gains or loses what the team's data differs by, streamed. */
  const ruleSwitched = (byMember: Map<string, { writer: Writer; sessions: VisibilitySession[] }>, on: boolean) => {
    scopes.clear();
    const parties: SwitchParty[] = [];
    for (const { writer, sessions } of byMember.values()) {
      if (writer.role !== 'rep') continue;
      const ruled = compute(writer.memberId);
      if (!on) scopes.delete(writer.memberId);
      const send = (diff: ScopeDiff) => sessions.filter((s) => s.socket.readyState === s.socket.OPEN).forEach((s) => sendDiff(s, diff));
      parties.push({ old: on ? null : ruled, next: on ? ruled : null, send });
    }
    if (parties.length) void streamRuleSwitch(store, parties, () => new Promise((resolve) => setImmediate(resolve))).catch(() => undefined);
  };

  return {
    scopeOf,
    pullJson: (s, collection, afterSeq, limit) => {
      const scope = s.writer ? scopeOf(s.writer) : null;
      const rows =
        scope === null || !(filteredCollections as readonly string[]).includes(collection)
          ? store.pullJson(collection, afterSeq, limit)
          : store.visibility.pullVisibleJson(collection, afterSeq, limit, scope.memberId, { customers: [...scope.customers], followUps: [...scope.followUps] });
      const seq = rows.at(-1)?.seq ?? afterSeq;
      noteSent(s, collection, seq);
      return { rows, seq };
    },
    broadcast: (all, collection, rows, before) => {
      if (!rows.length) return;
      const wasOn = collection === 'teamsettings' ? before?.get('team')?.['repsSeeOwnOnly'] === true : null;
      const byMember = new Map<string, { writer: Writer; sessions: VisibilitySession[] }>();
      for (const s of all) {
        if (!s.writer || s.socket.readyState !== s.socket.OPEN) continue;
        const entry = byMember.get(s.writer.memberId) ?? { writer: s.writer, sessions: [] };
        entry.sessions.push(s);
        byMember.set(s.writer.memberId, entry);
      }
      // A member with no open socket would keep a scope that later commits never update.
      for (const memberId of [...scopes.keys()]) if (!byMember.has(memberId)) scopes.delete(memberId);
      const on = ruleOn(store);
      if (wasOn !== null && wasOn !== on) ruleSwitched(byMember, on);
      // Serialized once for everyone who sees the whole commit (the common case, and 500 rows a push).
      let whole: string | null = null;
      const seq = rows.at(-1)?.seq ?? 0;
      for (const { writer, sessions } of byMember.values()) {
        const scope = scopeOf(writer);
        if (scope === null || !(filteredCollections as readonly string[]).includes(collection)) {
          whole ??= JSON.stringify({ t: 'change', collection, documents: rows.map((r) => r.doc), checkpoint: { seq } } satisfies HubMessage);
          for (const s of sessions) {
            s.socket.send(whole);
            noteSent(s, collection, seq);
          }
        } else {
          forMember(sessions, collection, rows, before, scope);
        }
      }
    },
    canRead: (writer, collection, id) => {
      const scope = scopeOf(writer);
      if (scope === null) return true;
      const doc = store.get(collection, [id]).get(id) ?? store.history(collection, id).at(-1)?.doc;
      return doc !== undefined && visibleTo(collection, doc, scope);
    },
    canReadBlob: (writer, sha256) => {
      const scope = scopeOf(writer);
      return scope === null || store.visibility.referencing('attachments', 'sha256', [sha256]).some((r) => visibleTo('attachments', r.doc, scope));
    },
    hiddenAmong: (s, collection, ids) => {
      const scope = s.writer ? scopeOf(s.writer) : null;
      const seq = lastSent(s, collection);
      if (scope === null) return { ids: [], seq };
      return { ids: [...store.get(collection, ids).values()].filter((d) => !visibleTo(collection, d, scope)).map((d) => d.id), seq };
    },
    refusePush: (writer, collection, rows, masters) => {
      const scope = scopeOf(writer);
      if (scope === null) return null;
      for (const row of rows) {
        const id = row.newDocumentState.id;
        const master = masters.get(id);
        // No conflict answer for a record the writer cannot see: it would hand them its current content.
        if (master && !visibleTo(collection, master, scope)) return `没有权限修改 ${collection} 中的记录 ${id}：该记录不在你可见的范围内（团队已开启「销售只看自己的客户」）。`;
        const target = referencedTarget(collection, row.newDocumentState);
        const known = target && (target.collection === 'customers' ? scope.customers : scope.followUps).has(target.id);
        if (target && !known && store.get(target.collection, [target.id]).size > 0) {
          return `不能在 ${target.id} 下添加记录：它不在你可见的范围内（团队已开启「销售只看自己的客户」），请联系主管分配给你。`;
        }
      }
      return null;
    },
  };
};

type Target = { collection: 'customers' | 'followups'; id: string };

/** The customer or follow-up a record hangs on (a follow-up's customer, a comment's or a file's target). */
const referencedTarget = (collection: CollectionName, doc: ReplicatedDoc): Target | null => {
  const on = (type: unknown, id: unknown): Target | null => {
    if (typeof id !== 'string' || !id) return null;
    if (type === 'customer' || type === 'evidence') return { collection: 'customers', id };
    return type === 'followUp' ? { collection: 'followups', id } : null;
  };
  if (collection === 'followups') return on('customer', doc['customerId']);
  if (collection === 'comments') return on(doc['targetType'], doc['targetId']);
  return collection === 'attachments' ? on(doc['ownerType'], doc['ownerId']) : null;
};
