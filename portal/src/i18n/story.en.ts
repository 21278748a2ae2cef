// English texts of the city's story on the pilot page: the self-assessment form, smart initiatives and the factsheet.

export const storyEn = {
  selfAssessment: {
    title: 'Maturity self-assessment',
    body: 'Rate each characteristic of your smart-city programme on the EU-China framework, with evidence for every level. The same answers as on the workbook’s Maturity sheet; what you save here replaces the workbook’s until you upload a newer workbook.',
    level: (name: string) => `${name}: level`,
    evidence: (name: string) => `${name}: evidence`,
    unanswered: '— Not answered —',
    save: 'Save the self-assessment',
    saved: 'Self-assessment saved; the profile is updated.',
    warnings: 'To complete',
  },
  initiatives: {
    title: 'Smart initiatives',
    body: 'The initiatives your factsheet presents, each with the KPIs it affects and the SDG targets it serves.',
    name: 'Name',
    description: 'Description',
    kpis: 'KPIs affected',
    kpisHint: 'KPI codes or ids from the catalogue, separated by commas, for example EC: ICT: ICT: 1C',
    sdgs: 'SDG targets served',
    sdgsHint: 'Separated by commas, for example 11.2, 9.5',
    add: 'Add the initiative',
    remove: (name: string) => `Remove ${name}`,
    removeButton: 'Remove',
    none: 'No initiative entered yet.',
    kpiList: (kpis: string) => `KPIs: ${kpis}`,
    sdgList: (sdgs: string) => `SDG targets: ${sdgs || 'none'}`,
  },
  factsheet: {
    title: 'Factsheet',
    body: 'A bilingual factsheet of your verified results, your smart initiatives and your maturity profile. Request it once you are certified; it is published only if you choose so under Publication.',
    request: 'Request the factsheet',
    requested: (date: string) => `Requested on ${date}; the secretariat produces it.`,
    produced: (date: string) => `Produced on ${date}; it is listed under Documents.`,
    produce: 'Produce the factsheet',
    produceBody:
      'The city requested its factsheet: it is rendered from the verified score, its initiatives and its maturity profile.',
  },
};
