import type { ActiveMention } from './activeMention.ts';

/** The text with the mention being typed replaced by「@name 」, and where the caret goes (after the space). */
export const insertMention = (text: string, caret: number, mention: ActiveMention, name: string): { text: string; caret: number } => {
  const inserted = `@${name} `;
  return { text: text.slice(0, mention.start) + inserted + text.slice(caret), caret: mention.start + inserted.length };
};
