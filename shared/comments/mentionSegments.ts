/** A piece of a comment's text: plain, or an @mention of a member (shown highlighted). */
export type MentionSegment = { text: string; memberId?: string };

/**
 * Splits a comment into plain text and the @mentions it stored (`mentions`, with the members' names),
 * longest name first at each '@', as parseMentions read them. A member renamed since keeps the old
 * text plain: only what still names them is highlighted.
 */
export const mentionSegments = (body: string, mentioned: readonly { id: string; name: string }[]): MentionSegment[] => {
  const byLength = mentioned.filter((m) => m.name !== '').sort((a, b) => b.name.length - a.name.length);
  const segments: MentionSegment[] = [];
  let plainFrom = 0;
  for (let at = body.indexOf('@'); at !== -1; at = body.indexOf('@', at + 1)) {
    const found = byLength.find((m) => body.startsWith(m.name, at + 1));
    if (!found) continue;
    if (at > plainFrom) segments.push({ text: body.slice(plainFrom, at) });
    segments.push({ text: `@${found.name}`, memberId: found.id });
    plainFrom = at + 1 + found.name.length;
    at = plainFrom - 1;
  }
  if (plainFrom < body.length) segments.push({ text: body.slice(plainFrom) });
  return segments;
};
