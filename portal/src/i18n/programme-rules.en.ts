// English texts of the programme's rules on a pilot: the agreed deadline and extensions, the verification mode
// agreed by both sides, the supervisor from the staff directory, internal notes and appointment overrides.
export const programmeRulesEn = {
  agreedDeadline: {
    title: 'Deadline',
    due: (date: string, kind: string) => `The ${kind} deadline is ${date}.`,
    kinds: { submission: 'submission', verification: 'verification' } as Record<string, string>,
    agreed: 'Agreed.',
    notAgreed: (who: string) => (who ? `Not agreed yet; confirmed by: ${who}.` : 'Not agreed yet.'),
    extended: (days: number, cap: number) => `Extended by ${days} of at most ${cap} days.`,
    confirm: 'Confirm this deadline',
    recordAgreement: 'How it was agreed (call, letter)',
    record: 'Record the agreement',
    requestTitle: 'Ask for more time',
    requestDate: 'New due date',
    requestReason: 'Why more time is needed',
    request: 'Send the request',
    pending: (date: string, reason: string) => `Requested: a new deadline of ${date}, because: ${reason}`,
    answerReason: 'Reason for the answer',
    grant: 'Grant',
    decline: 'Decline',
  },
  modeChange: {
    title: 'Change of verification mode',
    mode: 'Proposed mode',
    reason: 'Why',
    propose: 'Propose the change',
    pending: (mode: string, reason: string) => `Proposed: ${mode} verification, because: ${reason}`,
    waiting: 'The other side has to answer this proposal.',
    accept: 'Accept the change',
    declineReason: 'Why not',
    decline: 'Decline the change',
  },
  supervisorChange: {
    title: 'Change the supervising staff member',
    reason: 'Reason for the change',
    submit: 'Change the supervisor',
  },
  staffPicker: {
    label: 'Supervising staff member (from the staff directory)',
    empty: 'The staff directory lists nobody yet.',
  },
  internalNotes: {
    title: 'Internal note for the verification team',
    hint: 'Seen by the secretariat and the verifier only, never by the city.',
    text: 'Note',
    submit: 'Add the note',
  },
  override: {
    allExcluded:
      'Every registered verifier is excluded from this pilot. You may appoint one of them with a reason.',
    reason: 'Why this verifier is appointed despite the exclusion',
    submit: 'Appoint with override',
  },
};
