// The severities of the configurable validation checks: the version in force, older versions, and new versions the
// secretariat publishes; the validation task applies the version in force to every upload.
import type { Actor } from '../actors.ts';
import {
  defaultValidationSeverities,
  type ValidationSeverities,
  validationSeveritiesRequestSchema,
  validationSeveritiesSchema,
} from '../validation/severities.ts';
import type { CoreDeps } from './deps.ts';
import {
  checkedBySchema,
  currentTable,
  type ProgrammeTableSpec,
  publishTable,
  tableVersion,
} from './programme-tables.ts';

const severitiesTable: ProgrammeTableSpec<'validation'> = {
  kind: 'validation',
  name: 'validation severities',
  defaults: defaultValidationSeverities,
  request: validationSeveritiesRequestSchema,
  validate: checkedBySchema(validationSeveritiesSchema),
};

type Tables = Pick<CoreDeps, 'tables'>;

export const currentValidationSeverities = (deps: Tables): Promise<ValidationSeverities> =>
  currentTable(deps, severitiesTable);

export const validationSeveritiesVersion = (deps: Tables, version: number): Promise<ValidationSeverities> =>
  tableVersion(deps, severitiesTable, version);

export const publishValidationSeverities = (
  deps: Tables & Pick<CoreDeps, 'clock'>,
  actor: Actor,
  body: unknown,
) => publishTable(deps, actor, severitiesTable, body);
