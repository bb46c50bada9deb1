/** The @name being typed at the caret: where its '@' is and the text typed after it. */
export type ActiveMention = { start: number; query: string };

const MAX_QUERY = 20;
/** An '@' right after a letter or digit is an e-mail address or a handle, not a mention. */
const WORD_BEFORE = /[A-Za-z0-9._%+-]$/;

/**
 * The mention the user is typing, if the caret sits in one: an '@' followed by up to 20 characters
 * without spaces. Chinese text has no spaces, so「请@张」is a mention being typed.
 */
export const activeMention = (text: string, caret: number): ActiveMention | null => {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start === -1) return null;
  const query = before.slice(start + 1);
  if (query.length > MAX_QUERY || /\s/.test(query) || WORD_BEFORE.test(before.slice(0, start))) return null;
  return { start, query };
};
