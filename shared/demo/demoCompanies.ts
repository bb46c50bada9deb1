import { customerNameKey } from '../domain/customerNameKey.ts';
import { demoVocabulary } from './demoVocabulary.ts';
import type { Prng } from './prng.ts';

export type DemoCompany = {
  name: string;
  nameKey: string;
  shortName: string;
  industry: string;
  region: string;
  address: string;
  brandPinyin: string;
};

const INDUSTRY_WEIGHTS = demoVocabulary.industries.map((entry) => [entry, entry[1]] as const);

const draw = (rng: Prng, attempt: number): DemoCompany => {
  const city = rng.pick(demoVocabulary.cities);
  const [brand, brandPinyin] = rng.pick(demoVocabulary.brands);
  const [industry, , words] = rng.weighted(INDUSTRY_WEIGHTS);
  const [word, short] = rng.pick<readonly [string, string]>(words);
  const suffix = rng.weighted(demoVocabulary.companySuffixes);
  // Only after many clashes (far beyond the default sizes) does a branch number keep names unique.
  const branch = attempt >= 20 ? `（${attempt}分公司）` : '';
  const name = `${city}${brand}${word}${suffix}${branch}`;
  const address = `${city}${rng.pick(demoVocabulary.zones)}${rng.pick(demoVocabulary.roads)}路${rng.int(1, 888)}号`;
  return { name, nameKey: customerNameKey(name), shortName: brand + short, industry, region: city, address, brandPinyin };
};

/** Hands out 苏州恒瑞精密机械有限公司-style names, unique by normalized name across the data set. */
export const createDemoCompanies = (rng: Prng): (() => DemoCompany) => {
  const usedKeys = new Set<string>();
  return () => {
    for (let attempt = 0; ; attempt += 1) {
      const company = draw(rng, attempt);
      if (!usedKeys.has(company.nameKey)) {
        usedKeys.add(company.nameKey);
        return company;
      }
    }
  };
};
