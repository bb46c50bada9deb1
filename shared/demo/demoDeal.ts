import type { Contact } from '../db/schemas/customerSchema.ts';
import { demoVocabulary } from './demoVocabulary.ts';
import type { Prng } from './prng.ts';

/** What a customer is being sold, so every follow-up, quote and note about it tells one story. */
export type DemoDeal = {
  customerId: string;
  ownerId: string;
  contacts: Contact[];
  product: string;
  /** Quantity with its unit, e.g. '3台'. */
  quantity: string;
  /** The first quote's basis (¥); later quotes and the contract drift down from it. */
  size: number;
  competitor: string;
  feature: string;
  purpose: string;
};

const MIN_DEAL = 30_000;
const MAX_DEAL = 1_500_000;

export const createDemoDeal = (rng: Prng, customerId: string, ownerId: string, contacts: Contact[]): DemoDeal => {
  const [product, unit] = rng.pick(demoVocabulary.products);
  return {
    customerId,
    ownerId,
    contacts,
    product,
    quantity: `${rng.weighted([[1, 3], [2, 3], [rng.int(3, 12), 4]])}${unit}`,
    // Log-uniform: many small orders, a few large ones.
    size: MIN_DEAL * Math.exp(rng.next() * Math.log(MAX_DEAL / MIN_DEAL)),
    competitor: rng.pick(demoVocabulary.competitors),
    feature: rng.pick(demoVocabulary.features),
    purpose: rng.pick(demoVocabulary.purposes),
  };
};
