// English texts of the verifier's evidence view, the supervisor's informed approval, the confirmation dialog and
// the city's review of the draft report.

export const workSurfacesEn = {
  evidence: {
    numerator: 'Numerator',
    denominator: 'Denominator',
    typed: 'Typed value',
    previous: 'Previous cycle',
    expected: 'Expected range',
    outside: 'outside the expected range',
    quality: 'Data quality',
    origin: 'Origin',
    source: 'Source',
    notes: 'Notes',
    files: 'Evidence files',
    fromQuery: (queryId: string) => `answer to query ${queryId}`,
    fromInterview: 'interview attachment',
    none: '–',
    range: (min?: string, max?: string) =>
      min !== undefined && max !== undefined
        ? `${min} – ${max}`
        : min !== undefined
          ? `≥ ${min}`
          : `≤ ${max}`,
    rules: (rules: string) => `From the validation rules: ${rules}`,
    workbook: (version: number) => `Download the workbook as submitted (version ${version})`,
    maturity: (count: number) => `The city's maturity answers (${count})`,
    maturityEvidence: 'Evidence the city gave',
  },
  confirm: {
    cancel: 'Cancel',
    title: 'Please confirm',
    irreversible: 'This cannot be undone.',
    approve:
      'Approve the conclusion? The verified dataset becomes final and the draft report goes to the city.',
    certify: 'Request the certificate? The certification stage issues it from the verified dataset.',
    acceptAll: (count: number) => `Accept all ${count} selected data points?`,
    revoke: 'Revoke the certificate? Its public check will show it as revoked.',
    unlock: 'Unlock the verified dataset? The verification reopens and the report must be issued again.',
    issue: 'Issue the final report? It is generated from the draft as revised.',
    withdraw: 'Withdraw the city from the pilot? The pilot ends here.',
  },
  informed: {
    conclusion: 'The verifier’s conclusion',
    counts: (verified: number, notVerified: number, rejected: number) =>
      `${verified} data points verified, ${notVerified} not verified, ${rejected} rejected.`,
    perKpi: 'Audit result per KPI',
    kpi: 'KPI',
    verified: 'Verified',
    note: 'Note',
    yes: 'Yes',
    no: 'No',
    draft: 'Draft report',
    showDraft: 'Read the draft report',
  },
  draftReview: {
    title: 'Draft report review',
    intro: (until: string) =>
      `The city reviews the draft report until ${until}: it accepts each section or comments on it; the verifier answers and may revise; then the report is issued.`,
    section: 'Section',
    status: 'Status',
    accepted: 'Accepted by the city',
    commented: 'Commented',
    waiting: 'Not reviewed yet',
    accept: 'Accept this section',
    comment: 'Your comment',
    sendComment: 'Send the comment',
    answer: 'Your answer',
    revision: 'Revised text (optional; one line per item for a list)',
    revisionZh: 'Revised text in Chinese (needed for a list: one line for each English line)',
    sendAnswer: 'Answer',
    answered: 'Answered',
    unanswered: 'Awaiting the verifier’s answer',
    revised: 'The verifier revised this section.',
    issue: 'Issue the report',
    closed: 'The comment window has closed.',
    released: 'The report is being issued.',
  },
};
