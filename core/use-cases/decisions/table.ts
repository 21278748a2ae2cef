// Every human decision on a pilot by the name its route carries: one entry each, the only map from a request to a
// lifecycle command.

import { requestCertification } from './certification.ts';
import { decideOnConclusion, submitConclusion } from './conclusion.ts';
import { type DecisionDefinition, decision } from './definition.ts';
import { produceFactsheet } from './factsheet.ts';
import { logInterview } from './interview.ts';
import { answerQuery, closeQuery } from './queries.ts';
import { submitSelfAssessment } from './self-assessment.ts';
import { attachSignedLetter } from './signed-letter.ts';
import { assignVerifier, changeSupervisor } from './verifier-assignment.ts';

export const decisions = {
  'letter-decision': decision({ command: { accept: 'acceptLetter', decline: 'declineLetter' } }),
  'signed-letter': attachSignedLetter,
  'verifier-assignment': assignVerifier,
  supervisor: changeSupervisor,
  'verification-response': decision({
    command: { accept: 'acceptAssignment', decline: 'declineAssignment' },
  }),
  'verification-mode': decision({ command: 'chooseVerificationMode' }),
  'mode-change': decision({ command: 'proposeModeChange' }),
  'mode-change-answer': decision({ command: { accept: 'acceptModeChange', decline: 'declineModeChange' } }),
  reviews: decision({ command: 'reviewDataPoints' }),
  queries: decision({ command: 'raiseQuery' }),
  'query-answer': answerQuery,
  'query-close': closeQuery,
  interviews: logInterview,
  'submission-return': decision({ command: 'returnSubmission' }),
  conclusion: submitConclusion,
  'conclusion-decision': decideOnConclusion,
  'draft-review': decision({ command: { accept: 'acceptDraftSection', comment: 'commentOnDraft' } }),
  'draft-comment-answer': decision({ command: 'answerDraftComment' }),
  'report-issue': decision({ command: 'closeDraftReview' }),
  'dataset-unlock': decision({ command: 'unlockDataset' }),
  'internal-notes': decision({ command: 'addInternalNote' }),
  'publication-consent': decision({ command: 'setPublicationConsent' }),
  certification: requestCertification,
  'certificate-revocation': decision({ command: 'revokeCertificate' }),
  withdrawal: decision({ command: 'withdraw' }),
  deadline: decision({ command: 'extendDeadline' }),
  'deadline-confirmation': decision({ command: 'confirmDeadline' }),
  'deadline-agreement': decision({ command: 'recordDeadlineAgreement' }),
  'extension-request': decision({ command: 'requestExtension' }),
  'extension-decision': decision({ command: { grant: 'grantExtension', decline: 'declineExtension' } }),
  'stage-retry': decision({ command: 'retryStage' }),
  'self-assessment': submitSelfAssessment,
  initiatives: decision({ command: 'recordInitiatives' }),
  'factsheet-request': decision({ command: 'requestFactsheet' }),
  factsheet: produceFactsheet,
  'case-studies': decision({ command: 'saveCaseStudy' }),
  'case-study-submission': decision({ command: 'submitCaseStudy' }),
  'case-study-review': decision({ command: { accept: 'acceptCaseStudy', return: 'returnCaseStudy' } }),
  'case-study-publication': decision({ command: 'publishCaseStudy' }),
  costs: decision({ command: 'quoteCosts' }),
  'costs-answer': decision({ command: { accept: 'acceptCosts', decline: 'declineCosts' } }),
  'costs-invoice': decision({ command: 'recordCostInvoice' }),
  'costs-payment': decision({ command: 'recordCostPayment' }),
  clarifications: decision({ command: 'openClarification' }),
  'clarification-reply': decision({ command: 'replyToClarification' }),
  'clarification-close': decision({ command: 'closeClarification' }),
  calls: decision({ command: 'requestCall' }),
  'call-answer': decision({ command: { accept: 'acceptCall', decline: 'declineCall' } }),
} satisfies Record<string, DecisionDefinition>;

export type DecisionName = keyof typeof decisions;
export const decisionNames = Object.keys(decisions) as DecisionName[];

export const isDecisionName = (name: string): name is DecisionName => Object.hasOwn(decisions, name);
