/** The five evidence nodes of DOMAIN.md's forecast, in order, with their credibility weights. */
export type EvidenceNode = 'needsConfirmed' | 'techAgreement' | 'commercialTerms' | 'downPayment' | 'deliveryPlan';

export const evidenceWeights: Readonly<Record<EvidenceNode, number>> = {
  needsConfirmed: 0.3,
  techAgreement: 0.5,
  commercialTerms: 0.7,
  downPayment: 0.9,
  deliveryPlan: 1.0,
};

export const evidenceNodes = Object.keys(evidenceWeights) as EvidenceNode[];
