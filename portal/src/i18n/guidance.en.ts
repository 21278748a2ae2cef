// English texts of the policy guidance in the verifier's conclusion: derived proposals, the verifier's own, advice.
export const guidanceEn = {
  guidance: {
    title: 'Policy guidance',
    intro:
      'Proposals derived from the results. Accept, edit or drop each one; a kept one needs its English and its Chinese text, neither pasted from the other.',
    none: 'The results call for no proposal: add your own if you see one.',
    kinds: {
      belowTarget: 'Below target',
      belowPeers: 'Below peers',
      unreportedCore: 'Core KPIs not reported',
      maturityGap: 'Maturity gap',
    },
    sections: {
      policyRecommendations: 'Policy recommendation',
      improvementOpportunities: 'Improvement opportunity',
    },
    decision: 'Decision',
    decisions: { accepted: 'Accept', edited: 'Edit', dropped: 'Drop' },
    textEn: 'Text in English',
    textZh: 'Text in Chinese',
    kpis: (codes: string) => `KPIs: ${codes}`,
    caseStudy: (number: number, title: string, city: string) =>
      `Case study No. ${number}: ${title} (${city})`,
    own: (n: number) => `Your proposal ${n}`,
    addOwn: 'Add your own proposal',
    removeOwn: 'Remove',
    section: 'Section',
    ownKpis: 'KPI codes (comma-separated, optional)',
    adviceEn: 'Next steps for the city in English (one per line)',
    adviceZh: 'Next steps for the city in Chinese (one per line, in the same order)',
  },
};
