// English texts of what a pilot's parties agree on: the programme terms and the verifier's undertaking, the
// verification costs, the city's clarification threads and calls, and the secretariat's user accounts.
export const agreementsEn = {
  agreements: {
    version: (version: string) => `version ${version}`,
    termsTitle: 'Terms of participation (Annex 1)',
    acceptTerms: 'The city accepts the terms of participation shown above',
    indexCommitment:
      'The city commits to contribute its data and lessons learned to the global Smart Sustainable Cities Index',
    termsAccepted: (version: string, who: string, date: string) =>
      `Terms of participation version ${version} accepted by ${who} on ${date}.`,
    termsMissing: 'This letter was submitted before the terms were accepted in the portal.',
    undertakingTitle: 'Confidentiality undertaking',
    signUndertaking: 'I sign the confidentiality undertaking shown above',
  },
  costs: {
    title: 'Verification costs',
    hint: 'Seen by the city, its verifier and the secretariat only; never published.',
    none: 'No costs have been quoted yet.',
    items: { fee: 'Verifier’s fee', travel: 'Travel', lodging: 'Lodging', perDiem: 'Per diem' } as Record<
      string,
      string
    >,
    total: 'Total',
    currency: 'Currency (ISO code, e.g. CHF)',
    note: 'Note (optional)',
    status: {
      quoted: 'Quoted, awaiting the city’s answer',
      accepted: 'Accepted by the city',
      declined: 'Declined by the city',
      invoiced: 'Invoiced',
      paid: 'Paid',
    } as Record<string, string>,
    quotedBy: (who: string, date: string, mode: string) =>
      `Quoted by ${who} on ${date} for ${mode} verification.`,
    modes: { onsite: 'on-site', remote: 'remote' } as Record<string, string>,
    quote: 'Quote the costs',
    requote: 'Quote again',
    accept: 'Accept the quote',
    declineReason: 'Why the city declines the quote',
    decline: 'Decline the quote',
    reference: 'Invoice reference',
    invoice: 'Record the invoice',
    invoiceRef: (reference: string) => `Invoice ${reference}.`,
    pay: 'Record the payment',
  },
  clarifications: {
    title: 'Questions about KPIs',
    hint: 'Ask the secretariat about a KPI while you collect the data.',
    none: 'No question has been asked yet.',
    kpi: 'KPI',
    question: 'Your question',
    open: 'Ask the question',
    reply: 'Reply',
    send: 'Send the reply',
    resolution: 'How it was resolved',
    close: 'Close the question',
    waiting: { secretariat: 'Awaiting the secretariat', city: 'Awaiting the city' } as Record<string, string>,
    closed: 'Closed',
  },
  calls: {
    title: 'Calls with the verifier and the secretariat',
    none: 'No call has been requested.',
    topic: 'What the call is about',
    times: 'Proposed times (up to five)',
    time: (n: number) => `Time ${n}`,
    request: 'Request the call',
    choose: 'Time for the call',
    accept: 'Accept this time',
    declineReason: 'Why the call cannot take place',
    decline: 'Decline the call',
    status: {
      requested: 'Requested',
      scheduled: 'Scheduled',
      declined: 'Declined',
    } as Record<string, string>,
    at: (time: string) => `at ${time}`,
  },
};
