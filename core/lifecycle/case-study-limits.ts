// The longest text each part of a case study may hold: the schema refuses more, and the portal's fields stop there.
export const caseStudyTextLimits = {
  title: 200,
  challenge: 3000,
  initiative: 3000,
  ict: 2000,
  outcome: 500,
  lessons: 3000,
} as const;
