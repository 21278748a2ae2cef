// English texts of the maturity profile panel on the pilot page.

export const maturityEn = {
  maturity: {
    title: 'Smart-city maturity',
    intro: (version: number) =>
      `The city's self-assessment of its smart-city programme (EU-China framework), from workbook version ${version}.`,
    introForm: (date: string) =>
      `The city's self-assessment of its smart-city programme (EU-China framework), entered in the form on ${date}.`,
    characteristic: 'Characteristic',
    answer: 'Self-assessment',
    nextStep: 'Your next step',
    unanswered: 'Not answered',
    spread: (spread: number) =>
      `Spread between the most and the least advanced characteristic: ${spread} levels.`,
    noSpread: 'Too few characteristics are on the ladder to measure a spread.',
    gapsTitle: 'Gaps that hold the programme back',
    noGaps: 'No characteristic lags the others by two levels or more.',
    unavailable:
      'No profile yet: it comes from the self-assessment form or the Maturity sheet of a validated workbook.',
  },
};
