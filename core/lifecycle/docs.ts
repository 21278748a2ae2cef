// Renders the lifecycle's transition table and a state diagram as Markdown, so the docs cannot drift from the code.

import { MAX_CASE_STUDIES } from './case-study-schemas.ts';
import { MAX_CALLS, MAX_CLARIFICATIONS, MAX_REPLIES_PER_CLARIFICATION } from './clarifications.ts';
import { type CommandDefinition, commandNames, commands } from './commands.ts';
import { EXTENSION_CAP_DAYS } from './deadlines.ts';
import { draftSections, MAX_COMMENTS_PER_SECTION, revisableSections } from './draft-review-schemas.ts';
import type { PilotEvent } from './events.ts';
import { machineStartedBy } from './pilot.ts';
import { stages, terminalStages } from './stages.ts';
import { CONFIDENTIALITY_UNDERTAKING, PARTICIPATION_TERMS } from './terms.ts';

function startedMachine(def: CommandDefinition): string {
  return machineStartedBy({ type: def.eventType, data: { machine: 'reporting' } } as PilotEvent) ?? '';
}

export function renderLifecycleDocs(): string {
  const rows = commandNames.map((name) => {
    const def = commands[name] as CommandDefinition;
    const from =
      def.from.length === stages.length ? 'any' : def.from.length === 0 ? '(new pilot)' : def.from.join(', ');
    const to = def.to ?? '(same)';
    return `| \`${name}\` | ${def.actors.join(', ')} | ${from} | ${to} | \`${def.eventType}\` | ${startedMachine(def)} |`;
  });
  const arrows = commandNames
    .map((name) => ({ name, def: commands[name] as CommandDefinition }))
    .filter(({ name, def }) => def.to && name !== 'withdraw')
    .flatMap(({ name, def }) => def.from.map((from) => `  ${from} --> ${def.to}: ${name}`));
  return [
    '# Pilot lifecycle',
    '',
    'Generated from `core/lifecycle/commands.ts` by `npm run docs:lifecycle`; do not edit by hand.',
    '',
    `Stages: ${stages.map((s) => `\`${s}\``).join(', ')}. Terminal: ${terminalStages.map((s) => `\`${s}\``).join(', ')}.`,
    'A city may withdraw from any non-terminal stage; the secretariat may extend a deadline or retry a failed stage in any non-terminal stage.',
    '',
    `Deadlines: the collection period (3 to 6 months) is proposed when the letter is accepted, or else the \`collectionMonths\` setting applies; the city and the appointed verifier confirm the date in force or the secretariat records the agreement; extensions, asked for by the city (submission) or the verifier (verification) and granted by the secretariat, add at most ${EXTENSION_CAP_DAYS} days in total to one deadline. Who reads each event is in \`core/lifecycle/visibility.ts\` ([verification](verification.md#authorization)).`,
    '',
    `Draft report review: approving the conclusion (\`verified\`) opens the city's comment window (\`draftReviewDays\` setting, 14 days by default). Within it the city accepts or comments on each section (${draftSections.map((s) => `\`${s}\``).join(', ')}; at most ${MAX_COMMENTS_PER_SECTION} comments a section); the verifier answers each comment and may revise the sections the verifier wrote (${revisableSections.map((s) => `\`${s}\``).join(', ')}). The verifier or the secretariat then issues the report (\`closeDraftReview\`, which starts the reporting machine) once no comment waits for an answer and either the city accepted every section or the window has ended. A comment after the window, or an issue while a comment is unanswered, is refused with 409 and records nothing ([verification](verification.md#6-the-citys-review-of-the-draft-report)).`,
    `Terms: a letter of intent accepts the programme terms in force (Annex 1, version ${PARTICIPATION_TERMS.version}, with the commitment to the global index), and a verifier accepting an appointment signs the confidentiality undertaking (version ${CONFIDENTIALITY_UNDERTAKING.version}); without them the request is refused. Costs: the secretariat or the verifier quotes the fee and, on site, travel, lodging and per diem for the mode in force; the city accepts or declines; the invoice and the payment follow, in that order. Clarifications: during data collection the city asks the secretariat about a KPI (at most ${MAX_CLARIFICATIONS} threads of ${MAX_REPLIES_PER_CLARIFICATION} replies) and asks for calls with the verifier and the secretariat at proposed times (at most ${MAX_CALLS}), one of which is accepted.`,
    `Case studies: the city writes up to ${MAX_CASE_STUDIES} (results in terms of catalogue KPIs, SDG targets, the maturity characteristics they illustrate) and submits each; the secretariat accepts it or returns it with a reason; the city publishes an accepted one only once certified and consenting (\`caseStudies\` publication choice, withheld by default), and the public finds it by characteristic and KPI category ([decision 0045](decisions/0045-case-studies-on-the-pilot.md)).`,
    '',
    '```mermaid',
    'stateDiagram-v2',
    '  [*] --> loi_received: submitLetterOfIntent',
    ...[...new Set(arrows)],
    '  certified --> [*]',
    '```',
    '',
    '| Command | Who | From stages | To stage | Event recorded | Starts stage machine |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
