import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchBlob } from '../../shared/attachments/blobClient.ts';
import { sha256Hex } from '../../shared/attachments/sha256Hex.ts';
import { blobStore } from '../../renderer/src/modules/customerDetail/utils/blobStore.ts';
import { uploadPending } from '../../renderer/src/modules/customerDetail/utils/uploadPending.ts';
import { createTeamHarness } from './support/teamHarness.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
  for (const sha of await blobStore.pending()) await blobStore.markUploaded(sha);
});
afterEach(() => team.close());

const file = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { bytes, sha: sha256Hex(bytes) };
};

describe('attachments waiting on a desktop go up when the hub is reachable (the renderer’s store and uploader, a real hub)', () => {
  it('sends every waiting file once, then nothing is waiting and another member can fetch them', async () => {
    const rep = await team.member('rep', '李娜');
    const a = file('合同扫描件');
    const b = file('聊天截图');
    await blobStore.put(a.sha, a.bytes, true);
    await blobStore.put(b.sha, b.bytes, true);
    // A file fetched from the hub earlier is kept, but is not sent back.
    const c = file('别人上传的附件');
    await blobStore.put(c.sha, c.bytes, false);
    expect((await blobStore.pending()).sort()).toEqual([a.sha, b.sha].sort());

    expect(await uploadPending(team.hub.url, rep.token)).toEqual({ uploaded: 2, refused: null });
    expect(await blobStore.pending()).toEqual([]);
    const manager = await team.member('manager', '王五');
    for (const f of [a, b]) {
      const got = await fetchBlob(team.hub.url, manager.token, f.sha);
      expect(got.ok && new TextDecoder().decode(got.bytes)).toBe(new TextDecoder().decode(f.bytes));
    }
    expect(await fetchBlob(team.hub.url, manager.token, c.sha)).toMatchObject({ ok: false, reason: 'refused' });
  });

  it('keeps files waiting while the hub is unreachable or refuses, and says why it refused', async () => {
    const rep = await team.member('rep', '李娜');
    const a = file('报价单');
    await blobStore.put(a.sha, a.bytes, true);
    expect(await uploadPending('http://127.0.0.1:9', rep.token)).toEqual({ uploaded: 0, refused: null });
    team.hub.store.revokeMember(rep.memberId, Date.now());
    const refused = await uploadPending(team.hub.url, rep.token);
    expect(refused.uploaded).toBe(0);
    expect(refused.refused).toContain('身份令牌无效或已被撤销');
    expect(await blobStore.pending()).toEqual([a.sha]);
  });
});
