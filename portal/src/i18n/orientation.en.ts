// English texts of orientation on a pilot page (stage stepper, whom the pilot waits on, the page's sections) and of
// the board's tools (export, deadline counters, the funnel).

export const orientationEn = {
  orientation: {
    progress: 'Progress of the pilot',
    phases: {
      letter: 'Letter of intent',
      template: 'Template',
      collection: 'Data collection',
      validation: 'Validation',
      verification: 'Verification',
      report: 'Report',
      certificate: 'Certificate',
    },
    done: 'done',
    current: 'current step',
    attention: 'needs correction',
    ended: { declined: 'The letter of intent was declined.', withdrawn: 'The city withdrew from the pilot.' },
    waitingOn: 'Waiting on',
    nobody: 'Nobody: the pilot has ended.',
    youAct: 'you',
    dueFor: {
      submission: 'submission due',
      verification: 'verification due',
      query: 'answer to the open query due',
      draft_review: 'comments on the draft report due',
    },
    onThisPage: 'On this page',
    sections: {
      overview: 'Overview',
      queries: 'Queries and interviews',
      submissions: 'Submissions and findings',
      review: 'Review grid',
      documents: 'Documents and scores',
    },
  },
  boardTools: {
    dueSoon: (count: number, days: number) =>
      count === 1 ? `1 pilot is due within ${days} days` : `${count} pilots are due within ${days} days`,
    counters: 'Deadlines',
    export: 'Export the matching pilots',
    exportCsv: 'Download CSV',
    exportXlsx: 'Download Excel',
    exporting: 'Preparing the file…',
    funnelTitle: 'Pilots that reached each step',
    funnelSummary: (parts: string) => `Pilots that reached each step: ${parts}`,
    funnelNote:
      'Each bar counts the active and finished pilots at or past that step; declined and withdrawn pilots are left out.',
  },
};
