// English texts of the Smart Sustainable Cities Index pages: the public page, the secretariat's edition composer and
// a city's peers and trends.

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
    notRanked: 'not ranked',
    box: 'First to third quartile',
    median: 'Median',
    distributionChart: 'Quartiles of the index and of each dimension over all contributing cities',
    cityChart: {
      title: "A city's dimensions",
      help: "The city's scores (dots) against the quartiles of every contributing city (boxes).",
      chart: (city: string) => `Dimension scores of ${city} against the quartiles of all contributing cities`,
    },
    compare: {
      title: 'Compare cities',
      pick: (min: number, max: number) => `Choose ${min} to ${max} cities`,
      tooFew: (min: number) => `Choose at least ${min} cities to compare them.`,
      chosen: (n: number) => `${n} cities compared.`,
      chart: (cities: string[]) => `Dimension scores of ${cities.join(', ')} side by side`,
      table: 'Scores of the compared cities',
    },
  },
  indexComposer: {
    nav: 'Index editions',
    title: 'Index editions',
    editionTitle: (edition: string) => `Index edition ${edition}`,
    intro:
      "Compose an edition from certified cycles (each city's latest unless you choose otherwise), review it, then publish it. A draft can be recomposed as often as needed; a published edition never changes.",
    editions: 'Editions',
    noEditions: 'No edition has been composed yet.',
    editionId: 'Edition',
    editionIdHint: 'Letters, digits and hyphens, at most 32, for example 2027.',
    note: 'Note (optional)',
    status: 'Status',
    statuses: { draft: 'Draft', published: 'Published' } as Record<'draft' | 'published', string>,
    composedAt: 'Composed',
    cityCount: 'Cities',
    rankedCount: 'Ranked',
    composeTitle: 'Compose an edition',
    recomposeTitle: (edition: string) => `Recompose the draft of ${edition}`,
    composeHelp:
      'The edition takes the cycles ticked below, each with a standing certificate, under the methodology and targets in force. The draft is shown below for review; nothing is public until it is published.',
    pickCycles: 'Certified cycles to include',
    pickCyclesHint:
      "Each city's latest cycle is ticked. Untick a city to leave it out, or tick an earlier cycle instead; an edition takes one cycle per city.",
    cycleLabel: (city: string, certificate: string, date: string, latest: boolean) =>
      `${city}: certificate ${certificate}, certified ${date}${latest ? ' (latest)' : ''}`,
    compose: 'Compose the draft',
    recompose: 'Recompose the draft',
    previewTitle: (edition: string) => `Edition ${edition} as composed`,
    draftAt: (at: string, by: string) => `Draft composed ${at} by ${by}; not public.`,
    publishedAt: (at: string, by: string) => `Published ${at} by ${by}; this edition can no longer change.`,
    versions: (methodology: number, targets: number, catalogue: string) =>
      `Methodology version ${methodology}, targets version ${targets}, KPI catalogue ${catalogue}.`,
    counts: (cities: number, ranked: number, listed: number, named: number) =>
      `${cities} cities contribute: ${ranked} ranked, ${listed} listed under the coverage threshold; ${named} agreed to be named.`,
    noteValue: (note: string) => `Note: ${note}`,
    publicPage: 'The public index page',
    cycles: 'Certified cycles in this edition',
    cyclesHelp:
      'One cycle per city, as chosen when the draft was composed. Only cities whose consent reads "named" appear on the public page; the others count anonymously.',
    certificate: 'Certificate',
    certifiedAt: 'Certified',
    datasetVersion: 'Dataset version',
    naming: 'Consent',
    namings: { named: 'named', anonymous: 'anonymous (not public)' } as Record<'named' | 'anonymous', string>,
    noneRanked: 'No city meets the coverage threshold in every dimension: none is ranked.',
    coverage: 'Coverage per dimension',
    coverageHelp:
      'Scored KPIs out of the dimension’s KPIs; a city under the threshold in any dimension is listed, not ranked.',
    coverageValue: (scored: number, kpis: number, share: string, meets: boolean) =>
      `${scored} of ${kpis} (${share})${meets ? '' : ', under the threshold'}`,
    cityStatuses: { ranked: 'Ranked', listed: 'Listed' } as Record<'ranked' | 'listed', string>,
    publishTitle: (edition: string) => `Publish edition ${edition}`,
    publishBody:
      'Publishing makes the named cities, the ranking, the distributions and the open data public. It cannot be undone: a published edition is never changed or withdrawn.',
    confirm: (edition: string) =>
      `I have reviewed this draft and understand that edition ${edition} can never change once published.`,
    publish: (edition: string) => `Publish edition ${edition}`,
  },
  indexCity: {
    nav: 'My index',
    title: 'My city in the index',
    intro:
      'How your city compares with cities like it in a published edition, and how its KPIs moved between its certified cycles. Only you and the secretariat see this page; other cities appear only as quartiles.',
    edition: 'Edition',
    peersTitle: 'Cities like mine',
    group: 'Peer group',
    groups: {
      similar: (n: string | number) => `Cities like mine (the ${n} nearest by population and GDP per capita)`,
      population: (band: string | number) => `Same population band (band ${Number(band) + 1})`,
      gdpPerCapita: (band: string | number) => `Same GDP per capita band (band ${Number(band) + 1})`,
      region: (region: string | number) => `Same region (${region})`,
    } as Record<'similar' | 'population' | 'gdpPerCapita' | 'region', (v: string | number) => string>,
    noGroups:
      'Your city has no peer group in this edition: its profile lacks population or GDP, and it has no region.',
    peerCount: (n: number) => `${n} peer cities in this group.`,
    tooFewPeers: (n: number) => `Quartiles are shown over at least ${n} peer cities; this group has too few.`,
    dimensionsChart: "Your city's dimension scores against its peers' quartiles",
    yourScore: 'Your score',
    kpiTable: "Each KPI's score (0-100) against the peers' quartiles",
    kpi: 'KPI',
    q1: 'First quartile',
    q3: 'Third quartile',
    position: 'Position among peers',
    positions: {
      belowQ1: 'below the first quartile',
      q1ToMedian: 'between the first quartile and the median',
      medianToQ3: 'between the median and the third quartile',
      aboveQ3: 'at or above the third quartile',
      unknown: '—',
    } as Record<'belowQ1' | 'q1ToMedian' | 'medianToQ3' | 'aboveQ3' | 'unknown', string>,
    trendsTitle: 'Trends across my certified cycles',
    trendsHelp:
      "KPI points (1 to 4) in each certified cycle, scored against today's targets. Better and worse follow each KPI's desirable direction.",
    noTrends: 'Trends appear once your city has two certified cycles.',
    summary: (better: number, worse: number, unchanged: number) =>
      `Since the previous cycle: ${better} KPIs better, ${worse} worse, ${unchanged} unchanged.`,
    cycle: (n: number) => `Cycle ${n}`,
    trendChart: (kpis: string[]) => `Points of ${kpis.join(', ')} across the cycles`,
    chooseKpis: (n: number) => `Tick up to ${n} KPIs in the table to draw their lines.`,
    trendTable: 'Each KPI across the cycles',
    band: 'Band (previous → latest)',
    movement: 'Movement since the previous cycle',
    movements: {
      better: 'better',
      worse: 'worse',
      unchanged: 'unchanged',
      new: 'new',
      dropped: 'no longer scored',
    } as Record<'better' | 'worse' | 'unchanged' | 'new' | 'dropped', string>,
    inChart: 'In the chart',
    showInChart: (kpi: string) => `Show ${kpi} in the chart`,
  },
};
