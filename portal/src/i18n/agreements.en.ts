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
};
