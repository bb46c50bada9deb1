type Person = { id: string; name: string };

/**
 * The members a comment's text @mentions, in order of first mention. At each '@' the longest matching
 * name wins, so「@张伟华」mentions 张伟华 and not 张伟. Names are matched exactly, as the autocomplete
 * inserts them; an '@' naming nobody is plain text.
 */
export const parseMentions = (body: string, members: readonly Person[]): string[] => {
  const byLength = members.filter((m) => m.name !== '').sort((a, b) => b.name.length - a.name.length);
  const ids: string[] = [];
  for (let at = body.indexOf('@'); at !== -1; at = body.indexOf('@', at + 1)) {
    const found = byLength.find((m) => body.startsWith(m.name, at + 1));
    if (found && !ids.includes(found.id)) ids.push(found.id);
  }
  return ids;
};
