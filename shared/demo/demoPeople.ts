import type { Prng } from './prng.ts';
import { demoVocabulary } from './demoVocabulary.ts';

export type DemoPerson = { name: string; surnamePinyin: string; givenPinyin: string };

/**
 * Hands out Chinese names and mobile numbers; phones are unique across the whole data set so the app's
 * duplicate detection on phone numbers never flags two demo customers as the same company.
 */
export type DemoPeople = { person: () => DemoPerson; mobile: () => string };

export const createDemoPeople = (rng: Prng): DemoPeople => {
  const usedPhones = new Set<string>();
  const person = (): DemoPerson => {
    const [surname, surnamePinyin] = rng.pick(demoVocabulary.surnames);
    const given = rng.chance(0.7) ? [rng.pick(demoVocabulary.givenChars), rng.pick(demoVocabulary.givenChars)] : [rng.pick(demoVocabulary.givenChars)];
    return {
      name: surname + given.map(([zh]) => zh).join(''),
      surnamePinyin,
      givenPinyin: given.map(([, py]) => py).join(''),
    };
  };
  const mobile = (): string => {
    for (;;) {
      const phone = rng.pick(demoVocabulary.mobilePrefixes) + String(rng.int(0, 99_999_999)).padStart(8, '0');
      if (!usedPhones.has(phone)) {
        usedPhones.add(phone);
        return phone;
      }
    }
  };
  return { person, mobile };
};
