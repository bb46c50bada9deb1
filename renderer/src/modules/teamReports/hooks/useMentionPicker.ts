import { useState, type KeyboardEvent } from 'react';
import { activeMention } from '../../../../../shared/comments/activeMention.ts';
import { insertMention } from '../../../../../shared/comments/insertMention.ts';
import { rankChoices, type Choice } from '../../../../../shared/grid/rankChoices.ts';

export type MentionPicker = {
  /** Members matching what follows the '@' at the caret; null when no mention is being typed. */
  choices: Choice[] | null;
  query: string;
  highlighted: number;
  pick: (choice: Choice) => void;
  /** Arrow keys, Enter/Tab and Escape while the list is open; true when the key was used. */
  onKey: (e: KeyboardEvent) => boolean;
};

const LIMIT = 8;

/**
 * The @mention list of a text box: typing '@' opens the team's members, typing on narrows them (exact
 * name, then prefix, then contains), ↑/↓ move, Enter or Tab inserts「@name 」, Escape closes.
 */
export const useMentionPicker = (text: string, caret: number, people: readonly Choice[], apply: (text: string, caret: number) => void): MentionPicker => {
  const [highlighted, setHighlighted] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const mention = activeMention(text, caret);
  const open = mention !== null && mention.start !== dismissedAt;
  const choices = open ? rankChoices(people, mention.query, LIMIT) : null;
  const index = Math.min(highlighted, Math.max(0, (choices?.length ?? 1) - 1));
  const pick = (choice: Choice) => {
    if (!mention) return;
    const next = insertMention(text, caret, mention, choice.label);
    setHighlighted(0);
    apply(next.text, next.caret);
  };
  const onKey = (e: KeyboardEvent): boolean => {
    if (!choices || !mention) return false;
    if (e.key === 'Escape') setDismissedAt(mention.start);
    else if (choices.length === 0) return false;
    else if (e.key === 'ArrowDown') setHighlighted((index + 1) % choices.length);
    else if (e.key === 'ArrowUp') setHighlighted((index - 1 + choices.length) % choices.length);
    else if (e.key === 'Enter' || e.key === 'Tab') pick(choices[index]!);
    else return false;
    e.preventDefault();
    return true;
  };
  return { choices, query: mention?.query ?? '', highlighted: index, pick, onKey };
};
