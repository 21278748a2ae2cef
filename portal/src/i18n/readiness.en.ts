// English texts of certification readiness: the pilot's checklist and the secretariat's rules editor.

export const readinessEn = {
  readiness: {
    title: 'Certification checklist',
    intro: (version: number) =>
      `What certification requires, under readiness rules version ${version}. Each line turns green when it is met.`,
    ready: 'Every rule is met: the pilot can be certified once the report is issued.',
    notReady: (n: number) => `${n} rule${n === 1 ? '' : 's'} not met yet.`,
    met: 'Met',
    unmet: 'Not met',
    coverage: (verified: number, total: number) => `${verified} of ${total} core KPIs reported and verified`,
    dataPoints: 'Data points concerned',
    more: (n: number) => `and ${n} more`,
    severities: {
      title: 'Consistency checks on uploads',
      intro:
        'Checks between data points that the U4SSC guidance gives. A warning lets the upload through; an error blocks it until the city corrects or explains the values; off hides the check.',
      current: (version: number, by: string, at: string) => `Version ${version}, published by ${by} on ${at}`,
      choice: { warning: 'Warning', error: 'Error (blocks the upload)', off: 'Off' },
      provenance: {
        official: 'stated by U4SSC',
        derived: 'follows from the U4SSC definitions',
        project: 'the programme’s own check',
      },
      note: 'Why these severities (kept in the audit trail)',
      publish: 'Publish the check severities',
      confirm: 'Publish these severities? Every upload from now on is graded by them.',
    },
    rulesPage: {
      title: 'Certification readiness rules',
      intro:
        'What every pilot must meet before it can be certified. Each published version is kept with its author, time and reason; a certificate records the version it met.',
      current: (version: number, by: string, at: string) => `Version ${version}, published by ${by} on ${at}`,
      minReported: 'Minimum number of reported data points',
      coreShare: 'Share of core KPIs reported and verified in each dimension (%)',
      explained: 'Unreported data points that need the city’s reason',
      explainedAll: 'All',
      explainedCore: 'Core KPIs only',
      noOpenQuery: 'No verifier query may wait for the city’s answer',
      required: 'Required in every version',
      conclusionRequired:
        'The supervising staff member’s approval of the conclusion (required in every version)',
      note: 'Why this change (kept in the audit trail)',
      publish: 'Publish the new version',
      confirm: 'Publish these readiness rules? Every certification from now on is held to them.',
      published: (version: number) => `Version ${version} is now in force.`,
    },
  },
};
