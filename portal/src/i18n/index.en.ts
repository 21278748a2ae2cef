// English texts of the public Smart Sustainable Cities Index page.

export const indexEn = {
  index: {
    title: 'Smart Sustainable Cities Index',
    editionTitle: (edition: string) => `Smart Sustainable Cities Index ${edition}`,
    intro:
      'The index combines the KPIs the U4SSC verifiers verified in each certified city. Only cities that agreed to be named are shown; the others count in the ranks and in the distributions.',
    none: 'No edition has been published yet.',
    editions: 'Published editions',
    meta: (methodology: number, targets: number, published: string) =>
      `Methodology version ${methodology}, targets version ${targets}, published ${published}.`,
    counts: (contributors: number, ranked: number, shown: number) =>
      `${contributors} cities contributed, ${ranked} are ranked, ${shown} agreed to be named.`,
    ranking: 'Ranking',
    rank: 'Rank',
    city: 'City',
    country: 'Country',
    score: 'Index (0-100)',
    medianRank: 'Median rank',
    interval: '90 % rank interval',
    intervalValue: (low: number, high: number) => (low === high ? String(low) : `${low}-${high}`),
    intervalHelp:
      'The rank interval shows how the rank moves when the weights and the normalisation are varied (1,000 draws): a wide interval means the rank should not be read to the place.',
    listed: 'Listed, not ranked',
    listedHelp: (share: string) =>
      `These cities cover less than ${share} of the KPIs of at least one dimension with verified values.`,
    coverage: 'Coverage',
    chart: 'Dimension scores of the named cities',
    chartHelp: 'The same scores are in the ranking table above.',
    distributions: 'Distributions over all contributing cities',
    distributionsNone: (n: number) =>
      `Distributions are published over at least ${n} cities; this edition has too few.`,
    node: 'Dimension',
    quartiles: 'First quartile, median, third quartile',
    openData: 'Open data',
    openDataHelp: 'CSV tables with a Frictionless Data Package (CC BY 4.0), the same data as this page.',
    dataPackage: 'Data package (datapackage.json)',
    tables: {
      'cities.csv': 'Cities (CSV)',
      'kpis.csv': 'KPI scores (CSV)',
      'data-points.csv': 'Verified data points (CSV)',
      'distributions.csv': 'Distributions (CSV)',
    } as Record<string, string>,
    methodology: 'How the index is computed',
  },
};
