import { describe, expect, it } from 'vitest';
import { defaultOptionLists } from '../domain/options.ts';
import { matchOption } from './matchOption.ts';
import { optionSynonyms } from './optionSynonyms.ts';

const lists = defaultOptionLists();
const listed = [lists.methods, lists.stages, lists.statuses];

describe('optionSynonyms', () => {
  it('is keyed by ids of the default methods, stages and statuses only', () => {
    const ids = new Set(listed.flat().map((o) => o.id));
    for (const id of Object.keys(optionSynonyms)) expect(ids, id).toContain(id);
  });

  it('leads every synonym to its own option (no other label in the list shadows it)', () => {
    for (const list of listed) {
      for (const option of list) {
        for (const synonym of optionSynonyms[option.id] ?? []) {
          expect(matchOption(synonym, list, optionSynonyms), `${option.id}: ${synonym}`).toBe(option.id);
        }
      }
    }
  });
});
